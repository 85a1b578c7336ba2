import type { CSSProperties } from 'react'
import { useTranslation } from '../i18n/use-translation'

/**
 * A placeholder that keeps the layout while data loads; announced once as "Loading…". Its lines are the box's
 * background, not an element each, so that the content replaces one element, not a dozen.
 */
export function Skeleton({ lines = 3, height }: { lines?: number; height?: string }) {
  const { t } = useTranslation()
  const style = { '--lines': lines, minHeight: height } as CSSProperties
  return (
    <div className="skeleton" role="status" style={style}>
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  )
}
