import { useTranslation } from '../../../i18n/use-translation'
import { Link } from '../../../router/links'
import type { Indicator, Task } from '../../../api/schemas'
import type { Report } from '../../../api/schemas-v1-1'
import { Localized } from '../../../components/localized'

/** "Activity 2.4 — title" or "Indicator 4.1.1 — name", linked to its page. */
export function ReportTitle({ report, task, indicator }: { report: Report; task?: Task; indicator?: Indicator }) {
  const { t } = useTranslation()
  if (report.kind === 'task_progress') {
    return (
      <Link to={`/tasks/${encodeURIComponent(report.taskId)}`}>
        {t('reviews.activity', { code: task?.code ?? report.taskId })}
        {task && (
          <>
            {' — '}
            <Localized text={task.title} />
          </>
        )}
      </Link>
    )
  }
  return (
    <Link to={`/indicators/${encodeURIComponent(report.indicatorId)}`}>
      {t('reviews.indicator', { code: indicator?.code ?? report.indicatorId })}
      {indicator && (
        <>
          {' — '}
          <Localized text={indicator.name} />
        </>
      )}
    </Link>
  )
}
