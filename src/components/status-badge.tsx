import type { ReactElement } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { taskStatuses, type TaskStatus } from '../api/schemas'
import type { ProgressStatus } from '../domain/progress-status'
import {
  CancelledIcon,
  CompletedIcon,
  DelayedIcon,
  InProgressIcon,
  NotStartedIcon,
  OverdueIcon,
} from './icons/activity-status-icons'
import { TotalIcon } from './icons/interface-icons'
import {
  AccelerationNeededIcon,
  DeteriorationIcon,
  InsufficientDataIcon,
  LimitedProgressIcon,
  OnTrackIcon,
  TargetAchievedIcon,
} from './icons/progress-status-icons'

// A shape per status so it reads in greyscale print and for colour-blind readers; the word is always there too.
// Each meaning has its own icon: an activity's status and an indicator's progress status never share one
// (Completed is a ticked circle, "on track" an arrow), and none of them is the overdue clock or the total.
export const statusIcon: Record<TaskStatus, ReactElement> = {
  not_started: <NotStartedIcon />,
  in_progress: <InProgressIcon />,
  completed: <CompletedIcon />,
  delayed: <DelayedIcon />,
  cancelled: <CancelledIcon />,
}

export const progressIcon: Record<ProgressStatus, ReactElement> = {
  target_achieved: <TargetAchievedIcon />,
  on_track: <OnTrackIcon />,
  acceleration_needed: <AccelerationNeededIcon />,
  limited_progress: <LimitedProgressIcon />,
  deterioration: <DeteriorationIcon />,
  insufficient_data: <InsufficientDataIcon />,
}

/** Overdue is not a status but a flag the dashboard works out from the due date; it has a shape of its own too. */
export const overdueIcon: ReactElement = <OverdueIcon />

/** All activities together, as in the headline figures. */
export const totalIcon: ReactElement = <TotalIcon />

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
