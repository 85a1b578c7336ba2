import type { DeckData } from '../deck-data'
import { chartSize } from './chart-sizes'
import { lazy } from 'react'
import { taskStatuses } from '../../../../api/schemas'
import { tasksByTarget } from '../../../../domain/plan-figures'
import { useTranslation } from '../../../../i18n/use-translation'

const StackedStatusChart = lazy(() => import('../../../../components/charts/stacked-status-chart'))

export function TargetsChartSlide({ data }: { data: DeckData }) {
  const { t } = useTranslation()
  const groups = tasksByTarget(data.tasks)
  return (
    <>
      <p className="visually-hidden">
        {groups
          .map((g) => `${g.key}: ${taskStatuses.map((s) => `${t(`status.${s}`)} ${g.counts[s]}`).join(', ')}`)
          .join('; ')}
      </p>
      <StackedStatusChart
        rows={groups.map((g) => ({ key: g.key, label: g.key, counts: g.counts }))}
        size={chartSize}
        projector
      />
    </>
  )
}
