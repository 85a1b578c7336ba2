import { lazy } from 'react'
import { useTranslation } from '../../../../i18n/use-translation'
import { Link } from '../../../../router/links'
import type { Task } from '../../../../api/schemas'
import { ChartFrame, pendingChartFrame } from '../../../../components/charts/chart-frame'
import { StatusTable } from '../../../../components/charts/status-table'
import { tasksByTarget } from '../../../../domain/plan-figures'
import { tasksListLink, type TaskFilters } from '../../../../domain/task-filters'
import { useFormat } from '../../../../i18n/use-format'

const StackedStatusChart = lazy(() => import('../../../../components/charts/stacked-status-chart'))

/** Activities per SDG target, stacked by status. */
export function TargetCard({ tasks, filters }: { tasks: Task[] | undefined; filters: TaskFilters }) {
  const { t } = useTranslation()
  const format = useFormat()
  const listLink = (patch: Partial<TaskFilters>) => tasksListLink(filters, patch)
  if (!tasks) return pendingChartFrame(t('overview.charts.byTarget'))
  const byTarget = tasksByTarget(tasks)
  const busiestTarget = [...byTarget].sort((a, b) => b.total - a.total)[0]
  return (
    <ChartFrame
      title={t('overview.charts.byTarget')}
      summary={
        busiestTarget
          ? t('overview.charts.byTargetSummary', {
              target: busiestTarget.key,
              count: busiestTarget.total,
              x: format.number(busiestTarget.total),
            })
          : t('overview.charts.noData')
      }
      fileName="activities-by-sdg-target"
      table={
        <StatusTable
          caption={t('overview.charts.byTarget')}
          groupHeader={t('filters.target')}
          rows={byTarget.map((g) => ({
            ...g,
            label: <Link to={listLink({ targets: [g.key as TaskFilters['targets'][number]] })}>{g.key}</Link>,
          }))}
        />
      }
    >
      <StackedStatusChart rows={byTarget.map((g) => ({ key: g.key, label: g.key, counts: g.counts }))} />
    </ChartFrame>
  )
}
