import type { DeckData } from '../deck-data'
import { assessProgress, progressStatuses } from '../../../../domain/progress-status'
import { progressIcon } from '../../../../components/status-badge'
import { useFormat } from '../../../../i18n/use-format'
import { useTranslation } from '../../../../i18n/use-translation'

export function IndicatorsSummarySlide({ data }: { data: DeckData }) {
  const { t } = useTranslation()
  const format = useFormat()
  const statuses = data.indicators.map((i) => assessProgress(i).status)
  return (
    <dl className="slide-figures">
      {progressStatuses.map((status) => (
        <div key={status}>
          <dt>
            {progressIcon[status]} {t(`progress.${status}`)}
          </dt>
          <dd>{format.number(statuses.filter((s) => s === status).length)}</dd>
        </div>
      ))}
    </dl>
  )
}
