import type { DeckData } from '../deck-data'
import { chartSize } from './chart-sizes'
import { countByStatus } from '../../../../domain/plan-figures'
import { lazy } from 'react'
import { useFormat } from '../../../../i18n/use-format'
import { useTranslation } from '../../../../i18n/use-translation'

const StatusBarChart = lazy(() => import('../../../../components/charts/status-bar-chart'))

export function StatusChartSlide({ data }: { data: DeckData }) {
  const { t } = useTranslation()
  const format = useFormat()
  const counts = countByStatus(data.tasks)
  return (
    <>
      <p>
        {t('charts.byStatusSummary', {
          count: counts.delayed,
          x: format.number(counts.delayed),
          total: format.number(data.tasks.length),
          completed: format.number(counts.completed),
        })}
      </p>
      <StatusBarChart counts={counts} size={chartSize} projector />
    </>
  )
}
