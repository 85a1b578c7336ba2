import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import type { Task } from '../../../../api/schemas'
import { ChartFrame } from '../../../../components/charts/chart-frame'
import { deadlinesByQuarter, quarterOf } from '../../../../domain/plan-figures'
import { useFormat } from '../../../../i18n/use-format'

const DeadlinesChart = lazy(() => import('../../../../components/charts/deadlines-chart'))

/** Activities due per quarter against those of them completed; the summary counts up to the current quarter. */
export function DeadlinesCard({ tasks, today }: { tasks: Task[]; today: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const quarters = deadlinesByQuarter(tasks)
  const quarterLabel = (quarter: string) =>
    t('overview.charts.quarter', { year: quarter.slice(0, 4), q: quarter.slice(6) })
  const dueSoFar = quarters.filter((q) => q.quarter <= quarterOf(today))
  const dueCount = dueSoFar.reduce((sum, q) => sum + q.due, 0)
  const completedCount = dueSoFar.reduce((sum, q) => sum + q.completed, 0)
  return (
    <ChartFrame
      title={t('overview.charts.deadlines')}
      summary={t('overview.charts.deadlinesSummary', {
        count: completedCount,
        due: format.number(dueCount),
        completed: format.number(completedCount),
      })}
      fileName="deadlines-by-quarter"
      table={
        <table className="data-table data-table--compact">
          <caption>{t('overview.charts.deadlines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.charts.quarterHeader')}</th>
              <th scope="col">{t('charts.due')}</th>
              <th scope="col">{t('charts.completed')}</th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((q) => (
              <tr key={q.quarter}>
                <th scope="row">{quarterLabel(q.quarter)}</th>
                <td>{format.number(q.due)}</td>
                <td>{format.number(q.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <DeadlinesChart
        rows={quarters.map((q) => ({ label: quarterLabel(q.quarter), due: q.due, completed: q.completed }))}
      />
    </ChartFrame>
  )
}
