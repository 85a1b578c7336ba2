import { useTranslation } from '../../../i18n/use-translation'
import type { Owner, Task } from '../../../api/schemas'
import { OwnerName } from '../../../components/owner-name'
import { StatusBadge } from '../../../components/status-badge'
import { daysBetween } from '../../../domain/calendar'
import { writeTaskFilters, writeTaskSort, type TaskFilters } from '../../../domain/task-filters'
import { Link } from '../../../router/links'
import { useFormat } from '../../../i18n/use-format'
import { TaskItems } from './task-items'

/**
 * The nearest deadlines shown; the rest are one link away, in the activities list by deadline. (A 10,000-activity plan
 * has hundreds due in 90 days: listed whole, they were 3,400 of the page's 4,200 elements and a 150 ms layout.)
 */
const shownUpcoming = 10

interface TaskListProps {
  /** Due in the window, nearest first. */
  tasks: Task[]
  owners: ReadonlyMap<string, Owner> | undefined
  filters: TaskFilters
  today: string
}

/** The activities list under the overview's filters, by deadline. */
function byDeadlineLink(filters: TaskFilters): string {
  const params = writeTaskSort(writeTaskFilters(new URLSearchParams(), filters), { key: 'dueDate', descending: false })
  return `/tasks?${params.toString()}`
}

export function UpcomingTasks({ tasks, owners, filters, today }: TaskListProps) {
  const { t } = useTranslation()
  const format = useFormat()
  if (tasks.length === 0) return <p>{t('overview.upcoming.none')}</p>
  const items = (
    <TaskItems
      tasks={tasks.slice(0, shownUpcoming)}
      meta={(task) => (
        <>
          <time dateTime={task.dueDate}>{format.date(task.dueDate)}</time> (
          {t('overview.upcoming.inDays', { count: daysBetween(today, task.dueDate) })}) ·{' '}
          <StatusBadge status={task.status} /> · <OwnerName id={task.ownerId} owners={owners} short />
        </>
      )}
    />
  )
  if (tasks.length <= shownUpcoming) return items
  return (
    <>
      {items}
      <p>
        <Link to={byDeadlineLink(filters)}>{t('overview.upcoming.all', { n: format.number(tasks.length) })}</Link>
      </p>
    </>
  )
}
