import { SvgIcon } from './svg-icon'

// An activity's status is a circle that fills up as the work goes on; Delayed breaks the shape as a warning triangle.
// Indicator progress statuses use arrows and a flag instead (progress-status-icons.tsx), so the two never meet.

export function NotStartedIcon() {
  return (
    <SvgIcon>
      <circle cx="8" cy="8" r="6" />
    </SvgIcon>
  )
}

export function InProgressIcon() {
  return (
    <SvgIcon>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
    </SvgIcon>
  )
}

export function CompletedIcon() {
  return (
    <SvgIcon>
      <circle cx="8" cy="8" r="6" />
      <path d="M5.2 8.2l1.9 1.9 3.7-3.9" />
    </SvgIcon>
  )
}

export function DelayedIcon() {
  return (
    <SvgIcon>
      <path d="M8 1.8l6.6 11.8H1.4z" />
      <path d="M8 6v3.4" />
      <circle cx="8" cy="11.6" r="0.5" fill="currentColor" />
    </SvgIcon>
  )
}

export function CancelledIcon() {
  return (
    <SvgIcon>
      <circle cx="8" cy="8" r="6" />
      <path d="M3.8 12.2l8.4-8.4" />
    </SvgIcon>
  )
}

/** Overdue is a flag worked out from the due date, not a reported status: a clock. */
export function OverdueIcon() {
  return (
    <SvgIcon>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.6V8l2.4 1.6" />
    </SvgIcon>
  )
}
