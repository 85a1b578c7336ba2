import { useTranslation } from 'react-i18next'
import type { Task } from '../api/schemas'
import { daysOverdue } from '../domain/overdue'
import { formatDate } from '../domain/format'
import { useLanguage } from '../i18n/use-language'

export function DueDate({ task, today }: { task: Task; today: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const overdueDays = daysOverdue(task, today)
  return (
    <>
      <time dateTime={task.dueDate}>{formatDate(task.dueDate, language)}</time>
      {overdueDays > 0 && (
        <span className="overdue-flag">
          <span aria-hidden="true">◷ </span>
          {t('tasks.overdueBy', { count: overdueDays })}
        </span>
      )}
    </>
  )
}
