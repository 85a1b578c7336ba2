import { useTranslation } from '../i18n/use-translation'
import type { Task } from '../api/schemas'
import { daysOverdue } from '../domain/overdue'
import { overdueIcon } from './status-badge'
import { useFormat } from '../i18n/use-format'

export function DueDate({ task, today }: { task: Task; today: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const overdueDays = daysOverdue(task, today)
  return (
    <>
      <time dateTime={task.dueDate}>{format.date(task.dueDate)}</time>
      {overdueDays > 0 && (
        <span className="overdue-flag">
          <span aria-hidden="true">{overdueIcon} </span>
          {t('common.overdueBy', { count: overdueDays })}
        </span>
      )}
    </>
  )
}
