import type { ReactNode } from 'react'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { statusColour, statusPatternId } from './chart-palette'

// White strokes over the status colour: solid, hatched, dotted, cross-hatched and dashed read apart in greyscale.
const overlay: Record<TaskStatus, ReactNode> = {
  completed: null,
  in_progress: <path d="M0,8 L8,0" stroke="#fff" strokeWidth="1.5" />,
  delayed: <path d="M0,0 L8,8 M0,8 L8,0" stroke="#fff" strokeWidth="1.5" />,
  not_started: <circle cx="4" cy="4" r="1.5" fill="#fff" />,
  cancelled: <path d="M0,4 L8,4" stroke="#fff" strokeWidth="1.5" />,
}

/** SVG <defs> for the status fills; render inside each chart's <svg>. */
export function StatusPatterns() {
  return (
    <defs>
      {taskStatuses.map((status) => (
        <pattern key={status} id={statusPatternId(status)} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={statusColour(status)} />
          {overlay[status]}
        </pattern>
      ))}
    </defs>
  )
}
