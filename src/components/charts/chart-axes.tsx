import { AxisBottom, AxisLeft, type TickRendererProps } from '@visx/axis'
import { GridColumns, GridRows } from '@visx/grid'
import type { ReactNode } from 'react'

export const ink = '#1b1f24'
const axisLine = '#666'
const gridLine = '#c9ced6'

// Structural: what both axes of every chart need. `scale` is any visx/d3 scale the axis can draw.
type AnyScale = Parameters<typeof AxisLeft>[0]['scale']

interface AxisProps {
  scale: AnyScale
  ticks?: (number | string)[]
  format?: (value: number | string) => string
  fontSize: number
  tickComponent?: (props: TickRendererProps) => ReactNode
}

/** The value or category axis on the left, its labels right-aligned against it. */
export function LeftAxis({ scale, ticks, format, fontSize, tickComponent }: AxisProps) {
  return (
    <AxisLeft
      scale={scale}
      tickValues={ticks}
      tickFormat={format && ((value) => format(value as number | string))}
      stroke={axisLine}
      tickStroke={axisLine}
      tickClassName="chart-tick chart-tick--y"
      tickComponent={tickComponent}
      tickLabelProps={{
        fill: ink,
        fontSize,
        fontFamily: 'inherit',
        textAnchor: 'end',
        verticalAnchor: 'middle',
        dx: -2,
        dy: 0,
      }}
    />
  )
}

/**
 * The axis along the bottom of a plot `top` high, in a chart with `margin` around the plot. A label centred on its
 * tick that would stick out of the chart at either end is set from its tick inwards instead.
 */
export function BottomAxis({
  top,
  scale,
  ticks,
  format,
  fontSize,
  tickComponent,
  margin,
}: AxisProps & { top: number; margin: { left: number; right: number } }) {
  const band = scale as { bandwidth?: () => number; range: () => number[] } & ((value: unknown) => number | undefined)
  const [first = 0, last = 0] = band.range()
  const anchor = (value: number | string): 'start' | 'middle' | 'end' => {
    const at = (band(value) ?? 0) + (band.bandwidth?.() ?? 0) / 2
    const half = labelWidth(format ? format(value) : String(value), fontSize) / 2
    if (at - half < first - margin.left) return 'start'
    if (at + half > last + margin.right) return 'end'
    return 'middle'
  }
  return (
    <AxisBottom
      top={top}
      scale={scale}
      tickValues={ticks}
      tickFormat={format && ((value) => format(value as number | string))}
      stroke={axisLine}
      tickStroke={axisLine}
      tickClassName="chart-tick chart-tick--x"
      tickComponent={tickComponent}
      // visx sets a label a font size below the tick; hung from its top, it starts 4 px below instead, and a label that
      // wraps grows downwards, away from the plot.
      tickLabelProps={(value) => ({
        fill: ink,
        fontSize,
        fontFamily: 'inherit',
        textAnchor: anchor(value as number | string),
        verticalAnchor: 'start',
        dy: 4 - fontSize,
      })}
    />
  )
}

/** Dashed grid lines at the ticks: `rows` across the plot, `columns` up it. */
export function Grid({
  width,
  height,
  rows,
  columns,
}: {
  width: number
  height: number
  rows?: { scale: AnyScale; ticks: number[] }
  columns?: { scale: AnyScale; ticks: number[] }
}) {
  return (
    <g aria-hidden="true">
      {rows && (
        <GridRows scale={rows.scale} width={width} tickValues={rows.ticks} stroke={gridLine} strokeDasharray="3 3" />
      )}
      {columns && (
        <GridColumns
          scale={columns.scale}
          height={height}
          tickValues={columns.ticks}
          stroke={gridLine}
          strokeDasharray="3 3"
        />
      )}
    </g>
  )
}

/** The inner plot of a chart `size` big, less its margins and axes. Never negative: a tiny box draws nothing. */
export function plotArea(
  size: { width: number; height: number },
  margin: { top: number; right: number; bottom: number; left: number },
) {
  return {
    width: Math.max(0, size.width - margin.left - margin.right),
    height: Math.max(0, size.height - margin.top - margin.bottom),
  }
}

/** About how wide a label is drawn (an average letter is about 0.6 of the font size); enough to keep labels apart. */
export const labelWidth = (label: string, fontSize: number) => label.length * fontSize * 0.6

/**
 * Which of a band axis's labels to print so that none runs into the next: every one when they fit, else every n-th.
 * Room for one and a half labels apart, because the axis sets the first and last from their tick inwards. The frame's
 * table names every band.
 */
export function labelsThatFit(labels: string[], step: number, fontSize: number): string[] {
  const widest = Math.max(0, ...labels.map((label) => labelWidth(label, fontSize)))
  const every = Math.max(1, Math.ceil((1.5 * widest + fontSize) / Math.max(1, step)))
  return labels.filter((_, index) => index % every === 0)
}
