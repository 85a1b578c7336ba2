import { useTranslation } from '../../../i18n/use-translation'
import type { Owner, Task } from '../../../api/schemas'
import { OwnerName } from '../../../components/owner-name'
import { StatusBadge } from '../../../components/status-badge'
import { daysBetween } from '../../../domain/calendar'
import { useFormat } from '../../../i18n/use-format'
import { TaskItems } from './task-items'

interface TaskListProps {
  tasks: Task[]
  owners: ReadonlyMap<string, Owner> | undefined
  today: string
}

export function UpcomingTasks({ tasks, owners, today }: TaskListProps) {
  const { t } = useTranslation()
  const format = useFormat()
  if (tasks.length === 0) return <p>{t('overview.upcoming.none')}</p>
  return (
    <TaskItems
      tasks={tasks}
      meta={(task) => (
        <>
          <time dateTime={task.dueDate}>{format.date(task.dueDate)}</time> (
          {t('overview.upcoming.inDays', { count: daysBetween(today, task.dueDate) })}) ·{' '}
          <StatusBadge status={task.status} /> · <OwnerName id={task.ownerId} owners={owners} short />
        </>
      )}
    />
  )
}
