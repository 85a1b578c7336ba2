import { useTranslation } from '../../i18n/use-translation'
import type { IgnoredValue } from '../../domain/url-params'

/** Says which values of a shared link were not understood, so nobody wonders why a filter did not apply. */
export function IgnoredValuesNotice({ ignored }: { ignored: IgnoredValue[] }) {
  const { t } = useTranslation()
  if (ignored.length === 0) return null
  const list = ignored.map(({ param, value }) => `${param}=${value}`).join(', ')
  return (
    <p className="notice" role="status">
      {t('filters.ignored', { count: ignored.length, list })}
    </p>
  )
}
