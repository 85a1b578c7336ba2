import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Indicator, Owner, Task } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { OwnerName } from '../../../components/owner-name'
import { IndicatorStatusList } from '../../../components/indicator-status-list'
import { StatusBadge } from '../../../components/status-badge'
import { daysBetween } from '../../../domain/calendar'
import { daysOverdue } from '../../../domain/overdue'
import type { ProgressStatus } from '../../../domain/progress-status'
import { useFormat } from '../../../i18n/use-format'

interface TaskListProps {
  tasks: Task[]
  owners: ReadonlyMap<string, Owner> | undefined
  today: string
}

export function AttentionTasks({ tasks, owners, today }: TaskListProps) {
  const { t } = useTranslation()
  if (tasks.length === 0) return <p>{t('overview.attention.noTasks')}</p>
  return (
    <ul className="attention-list">
      {tasks.map((task) => {
        const days = daysOverdue(task, today)
        return (
          <li key={task.id}>
            <Link to={`/tasks/${encodeURIComponent(task.id)}`}>
              {task.code} <Localized text={task.title} />
            </Link>
            <span className="attention-list__meta">
              <StatusBadge status={task.status} /> · <OwnerName id={task.ownerId} owners={owners} short />
              {days > 0 && (
                <>
                  {' '}
                  · <strong>{t('common.overdueBy', { count: days })}</strong>
                </>
              )}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

export function UpcomingTasks({ tasks, owners, today }: TaskListProps) {
  const { t } = useTranslation()
  const format = useFormat()
  if (tasks.length === 0) return <p>{t('overview.upcoming.none')}</p>
  return (
    <ul className="attention-list">
      {tasks.map((task) => (
        <li key={task.id}>
          <Link to={`/tasks/${encodeURIComponent(task.id)}`}>
            {task.code} <Localized text={task.title} />
          </Link>
          <span className="attention-list__meta">
            <time dateTime={task.dueDate}>{format.date(task.dueDate)}</time> (
            {t('overview.upcoming.inDays', { count: daysBetween(today, task.dueDate) })}) ·{' '}
            <StatusBadge status={task.status} /> · <OwnerName id={task.ownerId} owners={owners} short />
          </span>
        </li>
      ))}
    </ul>
  )
}

export function AttentionIndicators({ items }: { items: { indicator: Indicator; status: ProgressStatus }[] }) {
  const { t } = useTranslation()
  if (items.length === 0) return <p>{t('overview.attention.noIndicators')}</p>
  return <IndicatorStatusList indicators={items.map(({ indicator }) => indicator)} />
}
