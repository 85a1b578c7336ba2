import { useTranslation } from '../../../i18n/use-translation'
import type { Indicator, Task } from '../../../api/schemas'
import type { Report } from '../../../api/schemas-v1-1'
import { IndicatorValue } from '../../../components/indicator-value'
import { StatusBadge } from '../../../components/status-badge'
import { assessProgress } from '../../../domain/progress-status'
import { withActual } from '../../../domain/report-effect'

/** Now and proposed side by side, with what approving would do (for an indicator: its progress status by the method). */
export function ReportEffectTable({
  report,
  task,
  indicator,
}: {
  report: Report
  task: Task | undefined
  indicator: Indicator | undefined
}) {
  const { t } = useTranslation()
  const head = (
    <thead>
      <tr>
        <td />
        <th scope="col">{t('reviews.now')}</th>
        <th scope="col">{t('reviews.proposed')}</th>
      </tr>
    </thead>
  )
  if (report.kind === 'task_progress') {
    return (
      <table className="report-effect">
        <caption className="visually-hidden">{t('reviews.effectCaption')}</caption>
        {head}
        <tbody>
          <tr>
            <th scope="row">{t('report.status')}</th>
            <td>{task ? <StatusBadge status={task.status} /> : '—'}</td>
            <td>
              <StatusBadge status={report.proposed.status} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t('report.progress')}</th>
            <td>{task ? `${task.progress}%` : '—'}</td>
            <td>{report.proposed.progress}%</td>
          </tr>
        </tbody>
      </table>
    )
  }
  if (!indicator) return null
  const { year, value } = report.proposed
  const now = indicator.actuals.find((a) => a.year === year)
  const before = assessProgress(indicator).status
  const after = assessProgress(withActual(indicator, year, value)).status
  return (
    <table className="report-effect">
      <caption className="visually-hidden">{t('reviews.effectCaption')}</caption>
      {head}
      <tbody>
        <tr>
          <th scope="row">{t('reviews.valueFor', { year })}</th>
          <td>{now ? <IndicatorValue value={now.value} indicator={indicator} /> : t('reviews.noValue')}</td>
          <td>
            <IndicatorValue value={value} indicator={indicator} />
          </td>
        </tr>
        <tr>
          <th scope="row">{t('reviews.progressStatus')}</th>
          <td>
            <StatusBadge status={before} />
          </td>
          <td>
            <StatusBadge status={after} />
          </td>
        </tr>
      </tbody>
    </table>
  )
}
