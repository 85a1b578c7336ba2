import { useTranslation } from 'react-i18next'
import type { ProgressStatus } from '../domain/progress-status'

// A distinct shape per status, so it survives greyscale print and colour blindness; the words are always shown.
export const progressIcon: Record<ProgressStatus, string> = {
  target_achieved: '★',
  on_track: '✓',
  acceleration_needed: '▲',
  limited_progress: '►',
  deterioration: '▼',
  insufficient_data: '?',
}

export function ProgressStatusBadge({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation()
  return (
    <span className={`progress-badge progress-badge--${status}`}>
      <span aria-hidden="true" className="progress-badge__icon">
        {progressIcon[status]}
      </span>{' '}
      {t(`progress.${status}`)}
    </span>
  )
}
