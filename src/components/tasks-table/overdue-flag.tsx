import { useTranslation } from '../../i18n/use-translation'
import type { Task } from '../../api/schemas'
import { daysOverdue } from '../../domain/overdue'
import { overdueIcon } from '../status-badge'

/** "Overdue 18 d" as a compact flag that fits under the date; screen readers hear the words in full. */
export function OverdueFlag({ task, today }: { task: Task; today: string }) {
  const { t } = useTranslation()
  const days = daysOverdue(task, today)
  if (days === 0) return null
  return (
    <span className="flag flag--overdue">
      <span aria-hidden="true">
        {overdueIcon} {t('common.overdueFlag', { n: days })}
      </span>
      <span className="visually-hidden">{t('common.overdueBy', { count: days })}</span>
    </span>
  )
}
