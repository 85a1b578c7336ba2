import type { ReactNode } from 'react'
import { statusPatternId } from './chart-palette'
import type { TaskStatus } from '../../api/schemas'
import { ink } from './chart-axes'

export interface LegendItem {
  key: string
  label: string
  /** A small drawing of the series' mark: its line and point, or its fill. Never colour alone. */
  mark: ReactNode
}

/** The series in the order they are drawn (bottom to top, left to right), the same in every language. */
export function ChartLegend({ items, fontSize }: { items: LegendItem[]; fontSize?: number }) {
  return (
    <ul className="chart-legend" style={{ fontSize }}>
      {items.map((item) => (
        <li key={item.key}>
          {item.mark}
          {item.label}
        </li>
      ))}
    </ul>
  )
}

/** A swatch filled like a status's bars (its colour and hatch), from the chart's own patterns. */
export function FillMark({
  status,
  coarse = false,
  scope = '',
}: {
  status: TaskStatus
  coarse?: boolean
  scope?: string
}) {
  const side = coarse ? 20 : 14
  return (
    <svg width={side} height={side} aria-hidden="true" className="chart-legend__mark">
      <rect width={side} height={side} fill={`url(#${statusPatternId(status, coarse, scope)})`} stroke={ink} />
    </svg>
  )
}

/** A line sample with its point mark: dashed with a square, or solid with a ring. */
export function LineMark({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <svg width="28" height="12" aria-hidden="true" className="chart-legend__mark">
      <line x1="0" x2="28" y1="6" y2="6" stroke={colour} strokeWidth="2" strokeDasharray={dashed ? '6 4' : undefined} />
      {dashed ? (
        <rect x="10" y="2" width="8" height="8" fill={colour} />
      ) : (
        <circle cx="14" cy="6" r="4" fill="#ffffff" stroke={colour} strokeWidth="2" />
      )}
    </svg>
  )
}

/**
 * The height a legend below a chart of a given size is given: two lines, so that long names can wrap once, with the
 * gap between them and the margin above (0.25 rem each, `.chart-legend`).
 */
const legendHeight = (fontSize: number) => Math.ceil(fontSize * 1.4) * 2 + 12

/** The plot's share of a fixed `size` when a legend of `fontSize` text sits below it. */
export function sizeAboveLegend(size: { width: number; height: number } | undefined, fontSize: number) {
  return size && { width: size.width, height: Math.max(0, size.height - legendHeight(fontSize)) }
}
