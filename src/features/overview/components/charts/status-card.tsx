import { lazy } from 'react'
import { useTranslation } from '../../../../i18n/use-translation'
import { Link } from '../../../../router/links'
import { useNavigate } from '../../../../router/hooks'
import { taskStatuses, type Task } from '../../../../api/schemas'
import { ChartFrame, pendingChartFrame } from '../../../../components/charts/chart-frame'
import { countByStatus } from '../../../../domain/plan-figures'
import { tasksListLink, type TaskFilters } from '../../../../domain/task-filters'
import { useFormat } from '../../../../i18n/use-format'

const StatusBarChart = lazy(() => import('../../../../components/charts/status-bar-chart'))

/** Activities by status; a bar (or the table's link) opens the filtered list. */
export function StatusCard({ tasks, filters }: { tasks: Task[] | undefined; filters: TaskFilters }) {
  const { t } = useTranslation()
  const format = useFormat()
  const navigate = useNavigate()
  const listLink = (patch: Partial<TaskFilters>) => tasksListLink(filters, patch)
  if (!tasks) return pendingChartFrame(t('overview.charts.byStatus'))
  const counts = countByStatus(tasks)
  return (
    <ChartFrame
      title={t('overview.charts.byStatus')}
      summary={t('charts.byStatusSummary', {
        count: counts.delayed,
        x: format.number(counts.delayed),
        total: format.number(tasks.length),
        completed: format.number(counts.completed),
      })}
      fileName="activities-by-status"
      table={
        <table className="data-table data-table--compact">
          <caption>{t('overview.charts.byStatus')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.columns.status')}</th>
              <th scope="col" className="cell-number">
                {t('charts.activities')}
              </th>
            </tr>
          </thead>
          <tbody>
            {taskStatuses.map((status) => (
              <tr key={status}>
                <th scope="row">
                  <Link to={listLink({ statuses: [status] })}>{t(`status.${status}`)}</Link>
                </th>
                <td className="cell-number">{format.number(counts[status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <StatusBarChart counts={counts} onSelect={(status) => void navigate(listLink({ statuses: [status] }))} />
    </ChartFrame>
  )
}
