import { useTranslation } from 'react-i18next'
import type { TaskStatus } from '../api/schemas'

// A shape per status so it reads in greyscale print and for colour-blind readers; the word is always there too.
export const statusIcon: Record<TaskStatus, string> = {
  not_started: '○',
  in_progress: '◐',
  completed: '✓',
  delayed: '⚠',
  cancelled: '⊘',
}

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation()
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span aria-hidden="true" className="status-badge__icon">
        {statusIcon[status]}
      </span>{' '}
      {t(`status.${status}`)}
    </span>
  )
}
