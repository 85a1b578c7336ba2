import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { labelTick, type TickProps } from './label-tick'
import { useTranslation } from '../../i18n/use-translation'
import { ChartBox, type ChartSize } from './chart-box'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { useFormat } from '../../i18n/use-format'
import { countTicks } from './axis-ticks'
import { projectorFontSize, statusPatternId } from './chart-palette'
import { inDrawingOrder } from './series-order'
import { StatusPatterns } from './status-patterns'

export interface StackedRow {
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
  const data = rows.map((row) => ({ label: row.label, ...row.counts }))
  const tick = { fill: '#1b1f24', fontSize: projector ? projectorFontSize : 13 }
  const categoryTick = labelTick(new Map(rows.map((row) => [row.label, row.lang])))
  const ticks = countTicks(Math.max(0, ...rows.map((row) => taskStatuses.reduce((sum, s) => sum + row.counts[s], 0))))
  const countAxis = {
    type: 'number',
    allowDecimals: false,
    ticks,
    domain: [0, ticks[ticks.length - 1] ?? 1],
    interval: 0,
    tickFormatter: (value: number) => format.number(value),
    tick,
  } as const
  return (
    <ChartBox size={size}>
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer
      >
        <StatusPatterns coarse={projector} scope={patternScope} />
        <CartesianGrid strokeDasharray="3 3" stroke="#c9ced6" />
        {horizontal ? (
          <>
            <XAxis {...countAxis} />
            <YAxis
              type="category"
              dataKey="label"
              width={220}
              tick={(props: TickProps) => categoryTick({ ...props, ...tick })}
              interval={0}
            />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={(props: TickProps) => categoryTick({ ...props, ...tick })} interval={0} />
            <YAxis {...countAxis} width={projector ? 64 : 40} />
          </>
        )}
        <Tooltip cursor={{ fill: '#eef1f5' }} itemSorter={inDrawingOrder(taskStatuses, { topFirst: !horizontal })} />
        <Legend
          wrapperStyle={{ color: '#1b1f24', fontSize: projector ? projectorFontSize : undefined }}
          itemSorter={inDrawingOrder(taskStatuses)}
        />
        {taskStatuses.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={t(`status.${status}`)}
            stackId="status"
            fill={`url(#${statusPatternId(status, projector, patternScope)})`}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartBox>
  )
}
