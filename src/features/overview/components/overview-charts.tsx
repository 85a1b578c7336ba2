import { useScreenQuery } from '../../../components/use-screen-query'
import { planQueries } from '../../../api/plan'
import type { Owner, Task } from '../../../api/schemas'
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
  const plan = useScreenQuery(planQueries.detail())
  // The same four cards while the activities load and after: React then fills the frames in, rather than taking
  // four placeholder frames out of the page and putting four new ones in.
  return (
    <div className="chart-grid">
      <StatusCard tasks={tasks} filters={filters} />
      <TargetCard tasks={tasks} filters={filters} />
      <OwnerCard tasks={tasks} owners={owners} filters={filters} />
      <DeadlinesCard tasks={tasks} today={today} period={plan.data?.period} />
    </div>
  )
}
