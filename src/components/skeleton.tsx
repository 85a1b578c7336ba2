import { useTranslation } from '../i18n/use-translation'

/** A placeholder that keeps the layout while data loads; announced once as "Loading…". */
export function Skeleton({ lines = 3, height }: { lines?: number; height?: string }) {
  const { t } = useTranslation()
  return (
    <div className="skeleton" role="status" style={height ? { minHeight: height } : undefined}>
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  )
}
