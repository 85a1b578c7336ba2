import { Group } from '@visx/group'
import { scaleLinear } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { useTranslation } from '../../i18n/use-translation'
import { ChartBox, type ChartSize } from './chart-box'
import type { Indicator } from '../../api/schemas'
import { useFormat } from '../../i18n/use-format'
import { niceTicks, percentTicks, yearTicks } from './axis-ticks'
import { projectorFontSize } from './chart-palette'
import { BottomAxis, Grid, LeftAxis, ink, plotArea } from './chart-axes'
import { LineMark } from './chart-legend'
import { labelTick } from './label-tick'

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

const targetColour = '#6b4c7a'
const actualColour = '#0b4f8a'

/** Round ticks for the value axis: percentages on their 0–100 scale, counts from zero, other units around the data. */
function valueTicks(indicator: Indicator, values: number[]): number[] {
  const min = Math.min(...values)
  const max = Math.max(...values)
  if (indicator.unit === 'percent') return percentTicks(min, max)
  if (indicator.unit === 'count') return niceTicks(Math.min(0, min), max, { integer: true })
  return niceTicks(min, max)
}

type Point = { year: number; value: number }
// A year without a value is stepped over: the line joins the values on either side.
const pointsOf = (rows: IndicatorChartRow[], key: 'target' | 'actual'): Point[] =>
  rows.flatMap((row) => {
    const value = row[key]
    return value === undefined ? [] : [{ year: row.year, value }]
  })

/**
 * Actuals (solid line, round marks) against the target trajectory (dashed line, square marks): the two series differ
 * in shape, not only in colour. Each mark names its year and value on hover; the frame's table has them all.
 */
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
  const formatValue = (value: number) => format.indicatorValue(value, indicator)
  const fontSize = projector ? projectorFontSize : compact ? 12 : 13
  // Stage names come from the API and may be in another language than the interface: each tick carries its own.
  const stages = indicator.unit === 'level' ? (indicator.levels ?? []).map((stage) => format.text(stage)) : undefined
  const values = [...rows.flatMap((row) => [row.target, row.actual]), ...(expected ? [expected.value] : [])].filter(
    (value) => value !== undefined,
  )
  const valueAxisTicks = stages
    ? stages.map((_, index) => index)
    : values.length > 0
      ? valueTicks(indicator, values)
      : [0, 1]
  const years = rows.map((row) => row.year)
  const firstYear = Math.min(...years)
  const lastYear = Math.max(...years)
  const yearAxisTicks = years.length > 0 ? yearTicks(firstYear, lastYear) : []
  const valueAxisWidth = (stages ? 150 : 64) * (projector ? 1.5 : 1)
  const margin = { top: 12, right: 24, bottom: fontSize * 2 + 8, left: 8 + valueAxisWidth }
  const targetName = t('charts.targetTrajectory')
  const actualName = t('charts.actual')
  const expectedName = t('charts.expectedMark')
  // A mark's title is one text in the interface language: a stage named only in another language is given by its
  // number there (the value axis names it, in its own language).
  const markValue = (value: number) => {
    const stage = stages?.[Math.round(value)]
    return stage && stage.lang !== format.language
      ? t('charts.stageNumber', { number: Math.round(value) + 1, count: stages?.length ?? 0 })
      : formatValue(value)
  }
  const stageTick = stages
    ? labelTick(
        new Map(stages.map((stage) => [stage.text, stage.lang === format.language ? undefined : stage.lang])),
        valueAxisWidth - 12,
      )
    : undefined

  const draw = (box: ChartSize) => {
    const plot = plotArea(box, margin)
    const x = scaleLinear({ domain: [firstYear, Math.max(lastYear, firstYear + 1)], range: [0, plot.width] })
    const y = scaleLinear({
      domain: [valueAxisTicks[0] ?? 0, valueAxisTicks[valueAxisTicks.length - 1] ?? 1],
      range: [plot.height, 0],
    })
    const at = (point: Point) => ({ cx: x(point.year), cy: y(point.value) })
    const label = (series: string, point: Point) => `${point.year} · ${series}: ${markValue(point.value)}`
    return (
      <svg className="chart-surface" width={box.width} height={box.height}>
        <Group left={margin.left} top={margin.top}>
          <Grid
            width={plot.width}
            height={plot.height}
            rows={{ scale: y, ticks: valueAxisTicks }}
            columns={{ scale: x, ticks: yearAxisTicks }}
          />
          <LeftAxis
            scale={y}
            ticks={valueAxisTicks}
            format={(value) => formatValue(Number(value))}
            fontSize={fontSize}
            tickComponent={stageTick}
          />
          <BottomAxis
            top={plot.height}
            scale={x}
            ticks={yearAxisTicks}
            format={String}
            fontSize={fontSize}
            margin={margin}
          />
          <g className="chart-series chart-series--target">
            <LinePath
              data={pointsOf(rows, 'target')}
              x={(point) => x(point.year)}
              y={(point) => y(point.value)}
              stroke={targetColour}
              strokeWidth={2}
              strokeDasharray="6 4"
              className="chart-line"
            />
            {pointsOf(rows, 'target').map((point) => (
              <rect key={point.year} x={at(point).cx - 4} y={at(point).cy - 4} width={8} height={8} fill={targetColour}>
                <title>{label(targetName, point)}</title>
              </rect>
            ))}
          </g>
          <g className="chart-series chart-series--actual">
            <LinePath
              data={pointsOf(rows, 'actual')}
              x={(point) => x(point.year)}
              y={(point) => y(point.value)}
              stroke={actualColour}
              strokeWidth={3}
              className="chart-line"
            />
            {pointsOf(rows, 'actual').map((point) => (
              <circle key={point.year} {...at(point)} r={5} fill="#ffffff" stroke={actualColour} strokeWidth={2}>
                <title>{label(actualName, point)}</title>
              </circle>
            ))}
          </g>
          {expected && (
            <g className="chart-expected">
              <circle {...at(expected)} r={7} fill="#c2410c" stroke={ink}>
                <title>{label(expectedName, expected)}</title>
              </circle>
              {!compact && (
                <text x={at(expected).cx + 12} y={at(expected).cy} dy="0.35em" fill={ink} fontSize={13}>
                  {expectedName}
                </text>
              )}
            </g>
          )}
        </Group>
      </svg>
    )
  }

  return (
    <ChartBox
      size={size}
      legend={
        compact
          ? undefined
          : {
              fontSize,
              items: [
                { key: 'target', label: targetName, mark: <LineMark colour={targetColour} dashed /> },
                { key: 'actual', label: actualName, mark: <LineMark colour={actualColour} /> },
              ],
            }
      }
    >
      {draw}
    </ChartBox>
  )
}
