import { SvgIcon } from './svg-icon'

// An indicator's progress status reads as the direction it is heading (Open SDG's categories): a flag once the
// target is reached, then arrows from rising to falling. None of them is a circle, the shape of activity statuses.

export function TargetAchievedIcon() {
  return (
    <SvgIcon>
      <path d="M3.5 14.5V1.8" />
      <path d="M3.5 2.2h8.8l-2.2 3 2.2 3H3.5z" fill="currentColor" />
    </SvgIcon>
  )
}

export function OnTrackIcon() {
  return (
    <SvgIcon>
      <path d="M3.5 12.5l9-9M6 3.5h6.5V10" />
    </SvgIcon>
  )
}

/** Moving the right way, too slowly: "fast forward". */
export function AccelerationNeededIcon() {
  return (
    <SvgIcon>
      <path d="M2.5 3.5L7 8l-4.5 4.5M8.5 3.5L13 8l-4.5 4.5" />
    </SvgIcon>
  )
}

export function LimitedProgressIcon() {
  return (
    <SvgIcon>
      <path d="M1.5 8h12.5M10 4l4 4-4 4" />
    </SvgIcon>
  )
}

export function DeteriorationIcon() {
  return (
    <SvgIcon>
      <path d="M3.5 3.5l9 9M12.5 6v6.5H6" />
    </SvgIcon>
  )
}

export function InsufficientDataIcon() {
  return (
    <SvgIcon>
      <path d="M5.5 5.6a2.5 2.5 0 1 1 3.6 2.3c-.7.3-1.1.9-1.1 1.6v.6" />
      <circle cx="8" cy="12.9" r="0.5" fill="currentColor" />
    </SvgIcon>
  )
}
