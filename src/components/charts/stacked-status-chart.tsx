import { useId } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { labelTick } from './label-tick'
import { useTranslation } from '../../i18n/use-translation'
import { ChartBox, type ChartSize } from './chart-box'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { useFormat } from '../../i18n/use-format'
import { countTicks } from './axis-ticks'
import { projectorFontSize, statusPatternId } from './chart-palette'
import { StatusPatterns } from './status-patterns'
import { BottomAxis, Grid, LeftAxis, plotArea } from './chart-axes'
import { FillMark } from './chart-legend'

export interface StackedRow {
  /** What the row stands for (an organisation's id, an SDG target): unique, where two labels may be the same. */
  key: string
  label: string
  /** The label's language when it is not the interface's (a name the API has only in another language). */
  lang?: string
  counts: Record<TaskStatus, number>
}

interface StackedStatusChartProps {
  rows: StackedRow[]
  /** Horizontal bars suit long labels such as organisation names. */
  horizontal?: boolean
  size?: ChartSize
  /** Slides: large ticks and legend, and the coarse hatch that survives a projector. */
  projector?: boolean
}

const categoryAxisWidth = 220

/**
 * Activities per group (SDG target, organisation), stacked by status in the contract's order: the first status at
 * the bottom (or the left), the legend reading the same way in every language.
 */
export default function StackedStatusChart({
  rows,
  horizontal = false,
  size,
  projector = false,
}: StackedStatusChartProps) {
  const { t } = useTranslation()
  const patternScope = useId()
  const format = useFormat()
  const fontSize = projector ? projectorFontSize : 13
  const ticks = countTicks(Math.max(0, ...rows.map((row) => taskStatuses.reduce((sum, s) => sum + row.counts[s], 0))))
  const countFormat = (value: number | string) => format.number(Number(value))
  // The axis is laid out by key and prints each key's label in its own language; every row is named (left to
  // itself, visx names only about ten of a band axis's rows).
  const byKey = new Map(rows.map((row) => [row.key, row]))
  const labelOf = (key: number | string) => byKey.get(String(key))?.label ?? String(key)
  const langOf = new Map(rows.map((row) => [row.label, row.lang]))
  const margin = horizontal
    ? { top: 8, right: 16, bottom: fontSize * 2 + 8, left: categoryAxisWidth }
    : { top: 8, right: 16, bottom: fontSize * 3.6 + 12, left: projector ? 64 : 40 }

  const draw = (box: ChartSize) => {
    const plot = plotArea(box, margin)
    const categories = scaleBand({
      domain: rows.map((row) => row.key),
      range: horizontal ? [0, plot.height] : [0, plot.width],
      padding: 0.2,
    })
    const total = ticks[ticks.length - 1] ?? 1
    const count = scaleLinear({ domain: [0, total], range: horizontal ? [0, plot.width] : [plot.height, 0] })
    const categoryTick = labelTick(langOf, horizontal ? categoryAxisWidth - 12 : categories.step())
    return (
      <svg className="chart-surface" width={box.width} height={box.height}>
        <StatusPatterns coarse={projector} scope={patternScope} />
        <Group left={margin.left} top={margin.top}>
          {horizontal ? (
            <>
              <Grid width={plot.width} height={plot.height} columns={{ scale: count, ticks }} />
              <LeftAxis
                scale={categories}
                ticks={[...byKey.keys()]}
                format={labelOf}
                fontSize={fontSize}
                tickComponent={categoryTick}
              />
              <BottomAxis
                top={plot.height}
                scale={count}
                ticks={ticks}
                format={countFormat}
                fontSize={fontSize}
                margin={margin}
              />
            </>
          ) : (
            <>
              <Grid width={plot.width} height={plot.height} rows={{ scale: count, ticks }} />
              <LeftAxis scale={count} ticks={ticks} format={countFormat} fontSize={fontSize} />
              <BottomAxis
                top={plot.height}
                scale={categories}
                ticks={[...byKey.keys()]}
                format={labelOf}
                fontSize={fontSize}
                tickComponent={categoryTick}
                margin={margin}
              />
            </>
          )}
          {rows.map((row) => {
            let below = 0
            return (
              <g key={row.key} className="chart-stack">
                {taskStatuses.map((status) => {
                  const from = below
                  below += row.counts[status]
                  if (row.counts[status] === 0) return null
                  const band = { start: categories(row.key) ?? 0, size: categories.bandwidth() }
                  const span = horizontal
                    ? { x: count(from), y: band.start, width: count(below) - count(from), height: band.size }
                    : { x: band.start, y: count(below), width: band.size, height: count(from) - count(below) }
                  return (
                    <rect
                      key={status}
                      className="chart-bar"
                      {...span}
                      fill={`url(#${statusPatternId(status, projector, patternScope)})`}
                      stroke="#ffffff"
                      strokeWidth={1}
                    >
                      <title>{`${t(`status.${status}`)}: ${format.number(row.counts[status])}`}</title>
                    </rect>
                  )
                })}
              </g>
            )
          })}
        </Group>
      </svg>
    )
  }

  return (
    <ChartBox
      size={size}
      legend={{
        fontSize,
        items: taskStatuses.map((status) => ({
          key: status,
          label: t(`status.${status}`),
          mark: <FillMark status={status} coarse={projector} scope={patternScope} />,
        })),
      }}
    >
      {draw}
    </ChartBox>
  )
}
