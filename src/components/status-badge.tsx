import { useTranslation } from 'react-i18next'
import { taskStatuses, type TaskStatus } from '../api/schemas'
import type { ProgressStatus } from '../domain/progress-status'

// A shape per status so it reads in greyscale print and for colour-blind readers; the word is always there too.
// Each meaning has its own shape: an activity's status and an indicator's progress status never share one.
export const statusIcon: Record<TaskStatus, string> = {
  not_started: '○',
  in_progress: '◐',
  completed: '✓',
  delayed: '⚠',
  cancelled: '⊘',
}

export const progressIcon: Record<ProgressStatus, string> = {
  target_achieved: '★',
  on_track: '↗',
  acceleration_needed: '▲',
  limited_progress: '►',
  deterioration: '▼',
  insufficient_data: '?',
}

/** Overdue is not a status but a flag the dashboard works out from the due date; it has a shape of its own too. */
export const overdueIcon = '◷'

const isTaskStatus = (status: TaskStatus | ProgressStatus): status is TaskStatus =>
  (taskStatuses as readonly string[]).includes(status)

/** An activity's status or an indicator's progress status: icon and word, never colour alone. */
export function StatusBadge({ status }: { status: TaskStatus | ProgressStatus }) {
  const { t } = useTranslation()
  const [kind, icon, label] = isTaskStatus(status)
    ? (['status', statusIcon[status], t(`status.${status}`)] as const)
    : (['progress', progressIcon[status], t(`progress.${status}`)] as const)
  return (
    <span className={`${kind}-badge ${kind}-badge--${status}`}>
      <span aria-hidden="true" className={`${kind}-badge__icon`}>
        {icon}
      </span>{' '}
      {label}
    </span>
  )
}
