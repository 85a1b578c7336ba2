import { CartesianGrid, ComposedChart, Legend, Line, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from '../../i18n/use-translation'
import { ChartBox, type ChartSize } from './chart-box'
import type { Indicator } from '../../api/schemas'
import { labelTick, type TickProps } from './label-tick'
import { useFormat } from '../../i18n/use-format'
import { niceTicks, percentTicks, yearTicks } from './axis-ticks'
import { inDrawingOrder } from './series-order'
import { projectorFontSize } from './chart-palette'

export interface IndicatorChartRow {
  year: number
  target?: number
  actual?: number
}

interface IndicatorChartProps {
  indicator: Indicator
  rows: IndicatorChartRow[]
  expected?: { year: number; value: number }
  compact?: boolean
  size?: ChartSize
  /** Slides: ticks large enough to read from the back of the room. */
  projector?: boolean
}

// Square marks for targets, round ones for actuals: the two series differ in shape, not only in colour.
function SquareDot({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) {
  if (cx === undefined || cy === undefined) return <g key={index} />
  return <rect key={index} x={cx - 4} y={cy - 4} width={8} height={8} fill="#6b4c7a" />
}

const series = ['target', 'actual'] as const

/** Round ticks for the value axis: percentages on their 0–100 scale, counts from zero, other units around the data. */
function valueTicks(indicator: Indicator, values: number[]): number[] {
  const min = Math.min(...values)
  const max = Math.max(...values)
  if (indicator.unit === 'percent') return percentTicks(min, max)
  if (indicator.unit === 'count') return niceTicks(Math.min(0, min), max, { integer: true })
  return niceTicks(min, max)
}

/** Actuals (solid line, round marks) against the target trajectory (dashed line, square marks). */
export default function IndicatorChart({
  indicator,
  rows,
  expected,
  compact = false,
  size,
  projector = false,
}: IndicatorChartProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const { language } = format
  const formatValue = (value: number) => format.indicatorValue(value, indicator)
  const levelTicks = indicator.unit === 'level' ? indicator.levels?.map((_, index) => index) : undefined
  // Stage names come from the API and may be in another language than the interface: each tick carries its own.
  const stageLabels = (indicator.levels ?? []).map((stage) => format.text(stage))
  const levelTick = labelTick(
    new Map(stageLabels.map((stage) => [stage.text, stage.lang === language ? undefined : stage.lang])),
  )
  const tick = { fill: '#1b1f24', fontSize: projector ? projectorFontSize : compact ? 12 : 13 }
  const values = [...rows.flatMap((row) => [row.target, row.actual]), ...(expected ? [expected.value] : [])].filter(
    (value) => value !== undefined,
  )
  const ticks = levelTicks ?? (values.length > 0 ? valueTicks(indicator, values) : undefined)
  const years = rows.map((row) => row.year)
  return (
    <ChartBox size={size}>
      <ComposedChart data={rows} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" stroke="#c9ced6" />
        <XAxis
          dataKey="year"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
          ticks={years.length > 0 ? yearTicks(Math.min(...years), Math.max(...years)) : undefined}
          interval={0}
          tick={tick}
        />
        <YAxis
          width={(levelTicks ? 150 : 64) * (projector ? 1.5 : 1)}
          ticks={ticks}
          interval={0}
          domain={ticks ? [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1] : ['auto', 'auto']}
          tickFormatter={formatValue}
          tick={
            levelTicks
              ? (props: TickProps) =>
                  levelTick({ ...tick, ...props, payload: { value: formatValue(Number(props.payload?.value)) } })
              : tick
          }
        />
        <Tooltip
          formatter={(value) => formatValue(Number(value))}
          labelFormatter={(year) => String(year)}
          itemSorter={inDrawingOrder(series)}
        />
        {!compact && <Legend wrapperStyle={{ color: '#1b1f24' }} itemSorter={inDrawingOrder(series)} />}
        <Line
          dataKey="target"
          name={t('charts.targetTrajectory')}
          stroke="#6b4c7a"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={SquareDot}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          dataKey="actual"
          name={t('charts.actual')}
          stroke="#0b4f8a"
          strokeWidth={3}
          dot={{ r: 5, fill: '#ffffff', stroke: '#0b4f8a', strokeWidth: 2 }}
          connectNulls
          isAnimationActive={false}
        />
        {expected && (
          <ReferenceDot
            x={expected.year}
            y={expected.value}
            r={7}
            fill="#c2410c"
            stroke="#1b1f24"
            label={
              compact
                ? undefined
                : { value: t('charts.expectedMark'), position: 'right', fill: '#1b1f24', fontSize: 13 }
            }
          />
        )}
      </ComposedChart>
    </ChartBox>
  )
}
