import { StatusBadge } from './status-badge'
import { Link } from '../router/links'
import type { Indicator } from '../api/schemas'
import { assessProgress } from '../domain/progress-status'
import { Localized } from './localized'

/** Indicators as links with their progress status: the overview's attention list and an organisation's page. */
export function IndicatorStatusList({ indicators }: { indicators: Indicator[] }) {
  return (
    <ul className="attention-list">
      {indicators.map((indicator) => (
        <li key={indicator.id}>
          <Link to={`/indicators/${encodeURIComponent(indicator.id)}`}>
            {indicator.code} — <Localized text={indicator.name} />
          </Link>
          <span className="attention-list__meta">
            <StatusBadge status={assessProgress(indicator).status} />
          </span>
        </li>
      ))}
    </ul>
  )
}
