import type { ReactNode } from 'react'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { statusColour, statusPatternId } from './chart-palette'

// White strokes over the status colour: solid, hatched, dotted, cross-hatched and dashed read apart in greyscale.
// Drawn in an 8-unit cell; `coarse` draws the same marks in a 16-unit cell with thicker strokes, because a fine hatch
// blurs into a flat tint on a projector.
const overlay: Record<TaskStatus, ReactNode> = {
  completed: null,
  in_progress: <path d="M0,8 L8,0" stroke="#fff" strokeWidth="1.5" />,
  delayed: <path d="M0,0 L8,8 M0,8 L8,0" stroke="#fff" strokeWidth="1.5" />,
  not_started: <circle cx="4" cy="4" r="1.5" fill="#fff" />,
  cancelled: <path d="M0,4 L8,4" stroke="#fff" strokeWidth="1.5" />,
}

/** SVG <defs> for the status fills; render inside each chart's <svg>. `coarse` for slides on a projector. */
export function StatusPatterns({ coarse = false, scope = '' }: { coarse?: boolean; scope?: string }) {
  const cell = coarse ? 16 : 8
  return (
    <defs>
      {taskStatuses.map((status) => (
        <pattern
          key={status}
          id={statusPatternId(status, coarse, scope)}
          width={cell}
          height={cell}
          patternUnits="userSpaceOnUse"
        >
          <rect width={cell} height={cell} fill={statusColour(status)} />
          {coarse ? <g transform="scale(2)">{overlay[status]}</g> : overlay[status]}
        </pattern>
      ))}
    </defs>
  )
}
