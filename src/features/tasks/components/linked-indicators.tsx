import { useScreenQuery } from '../../../components/use-screen-query'
import { useTranslation } from '../../../i18n/use-translation'
import { StatusBadge } from '../../../components/status-badge'
import { Link } from '../../../router/links'
import { indicatorQueries } from '../../../api/indicators'
import { Localized } from '../../../components/localized'
import { QueryState } from '../../../components/query-state'
import { assessProgress } from '../../../domain/progress-status'

export function LinkedIndicators({ ids }: { ids: string[] }) {
  const { t } = useTranslation()
  const indicators = useScreenQuery(indicatorQueries.list())
  if (ids.length === 0) return <p>{t('taskDetail.noIndicators')}</p>
  if (!indicators.isSuccess)
    return <QueryState query={indicators} what={t('common.theIndicators')} lines={ids.length} />
  return (
    <ul className="plain-list">
      {ids.map((id) => {
        const indicator = indicators.data.find((i) => i.id === id)
        if (!indicator) {
          return (
            <li key={id} className="unknown-ref">
              {id} <span className="unknown-ref__tag">({t('common.unknownIndicator')})</span>
            </li>
          )
        }
        return (
          <li key={id}>
            <Link to={`/indicators/${encodeURIComponent(id)}`}>
              {indicator.code} — <Localized text={indicator.name} />
            </Link>{' '}
            <StatusBadge status={assessProgress(indicator).status} />
          </li>
        )
      })}
    </ul>
  )
}
