import { useScreenQuery } from '../../../components/use-screen-query'
import { useTranslation } from '../../../i18n/use-translation'
import { planQueries } from '../../../api/plan'
import type { Owner, Task } from '../../../api/schemas'
import { ChartFrame } from '../../../components/charts/chart-frame'
import type { TaskFilters } from '../../../domain/task-filters'
import { DeadlinesCard } from './charts/deadlines-card'
import { OwnerCard } from './charts/owner-card'
import { StatusCard } from './charts/status-card'
import { TargetCard } from './charts/target-card'

interface OverviewChartsProps {
  /** undefined while the activities load: the four frames are drawn at their size, so nothing below them moves. */
  tasks: Task[] | undefined
  owners: ReadonlyMap<string, Owner> | undefined
  filters: TaskFilters
  today: string
}

/**
 * The overview's four charts, one card each; the chart code is only downloaded once the headline figures are on screen.
 * The plan (already fetched for the banner) gives the deadlines chart its period.
 */
export function OverviewCharts({ tasks, owners, filters, today }: OverviewChartsProps) {
  const { t } = useTranslation()
  const plan = useScreenQuery(planQueries.detail())
  if (!tasks) {
    const titles = ['byStatus', 'byTarget', 'byOwner', 'deadlines'] as const
    return (
      <div className="chart-grid">
        {titles.map((key) => (
          <ChartFrame key={key} title={t(`overview.charts.${key}`)} summary={null} table={null} fileName="" pending>
            {null}
          </ChartFrame>
        ))}
      </div>
    )
  }
  return (
    <div className="chart-grid">
      <StatusCard tasks={tasks} filters={filters} />
      <TargetCard tasks={tasks} filters={filters} />
      <OwnerCard tasks={tasks} owners={owners} filters={filters} />
      <DeadlinesCard tasks={tasks} today={today} period={plan.data?.period} />
    </div>
  )
}
