import { lazy } from 'react'
import { useTranslation } from '../../../../i18n/use-translation'
import type { Plan, Task } from '../../../../api/schemas'
import { ChartFrame, pendingChartFrame } from '../../../../components/charts/chart-frame'
import { deadlinesByQuarter, deadlinesOverPeriod, quarterOf } from '../../../../domain/plan-figures'
import { useFormat } from '../../../../i18n/use-format'

const DeadlinesChart = lazy(() => import('../../../../components/charts/deadlines-chart'))

interface DeadlinesCardProps {
  /** undefined while the activities load: the frame at its size, with placeholders. */
  tasks: Task[] | undefined
  today: string
  /** The plan's period: the axis runs to its end. Until the plan has loaded, only the quarters with deadlines show. */
  period: Plan['period'] | undefined
}

/**
 * Activities due per quarter against those of them completed, over the whole plan period with today marked; the
 * summary counts up to the current quarter, then what is still to come before the plan ends.
 */
export function DeadlinesCard({ tasks, today, period }: DeadlinesCardProps) {
  const { t } = useTranslation()
  const format = useFormat()
  if (!tasks) return pendingChartFrame(t('overview.charts.deadlines'))
  const quarters = period ? deadlinesOverPeriod(tasks, period) : deadlinesByQuarter(tasks)
  const currentQuarter = quarterOf(today)
  const quarterLabel = (quarter: string) =>
    t('overview.charts.quarter', { year: quarter.slice(0, 4), q: quarter.slice(6) })
  const dueSoFar = quarters.filter((q) => q.quarter <= currentQuarter)
  const dueCount = dueSoFar.reduce((sum, q) => sum + q.due, 0)
  const completedCount = dueSoFar.reduce((sum, q) => sum + q.completed, 0)
  const dueLater = quarters.filter((q) => q.quarter > currentQuarter).reduce((sum, q) => sum + q.due, 0)
  const rowLabel = (quarter: string) =>
    quarter === currentQuarter ? t('charts.currentQuarter', { quarter: quarterLabel(quarter) }) : quarterLabel(quarter)
  return (
    <ChartFrame
      title={t('overview.charts.deadlines')}
      summary={
        <>
          {t('overview.charts.deadlinesSummary', {
            count: completedCount,
            due: format.number(dueCount),
            completed: format.number(completedCount),
          })}
          {period && ' '}
          {period &&
            (dueLater > 0
              ? t('charts.dueLater', { count: dueLater, x: format.number(dueLater), date: format.date(period.end) })
              : t('charts.nothingDueLater', { date: format.date(period.end) }))}
        </>
      }
      fileName="deadlines-by-quarter"
      table={
        <table className="data-table data-table--compact">
          <caption>{t('overview.charts.deadlines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.charts.quarterHeader')}</th>
              <th scope="col" className="cell-number">
                {t('charts.due')}
              </th>
              <th scope="col" className="cell-number">
                {t('charts.completed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((q) => (
              <tr key={q.quarter}>
                <th scope="row">{rowLabel(q.quarter)}</th>
                <td className="cell-number">{format.number(q.due)}</td>
                <td className="cell-number">{format.number(q.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <DeadlinesChart
        rows={quarters.map((q) => ({ label: quarterLabel(q.quarter), due: q.due, completed: q.completed }))}
        currentQuarter={quarterLabel(currentQuarter)}
      />
    </ChartFrame>
  )
}
