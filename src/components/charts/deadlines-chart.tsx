import { useId } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { useTranslation } from '../../i18n/use-translation'
import { useFormat } from '../../i18n/use-format'
import { countTicks } from './axis-ticks'
import { ChartBox, type ChartSize } from './chart-box'
import { statusPatternId } from './chart-palette'
import { StatusPatterns } from './status-patterns'
import { BottomAxis, Grid, LeftAxis, ink, labelsThatFit, plotArea } from './chart-axes'
import { FillMark } from './chart-legend'

export interface QuarterRow {
  label: string
  due: number
  completed: number
}

interface DeadlinesChartProps {
  /** One row per quarter, in order, empty quarters included. */
  rows: QuarterRow[]
  /** The label of the row for the quarter that contains today; marked with a "Today" line when it is on the axis. */
  currentQuarter?: string
  size?: ChartSize
}

const fontSize = 13
const series = [
  { key: 'due', status: 'in_progress' },
  { key: 'completed', status: 'completed' },
] as const
const margin = { top: 24, right: 16, bottom: fontSize * 2 + 8, left: 40 }

/** Deadlines per quarter: activities due against those of them completed, with today marked. */
export default function DeadlinesChart({ rows, currentQuarter, size }: DeadlinesChartProps) {
  const { t } = useTranslation()
  const patternScope = useId()
  const format = useFormat()
  const ticks = countTicks(Math.max(0, ...rows.map((row) => row.due)))
  const markToday = currentQuarter !== undefined && rows.some((row) => row.label === currentQuarter)
  const name = (key: (typeof series)[number]['key']) => t(`charts.${key}`)

  const draw = (box: ChartSize) => {
    const plot = plotArea(box, margin)
    const quarters = scaleBand({ domain: rows.map((row) => row.label), range: [0, plot.width], padding: 0.2 })
    const bars = scaleBand({ domain: series.map((s) => s.key), range: [0, quarters.bandwidth()], padding: 0.05 })
    const y = scaleLinear({ domain: [0, ticks[ticks.length - 1] ?? 1], range: [plot.height, 0] })
    const labelled = labelsThatFit(
      rows.map((row) => row.label),
      quarters.step(),
      fontSize,
    )
    const todayX = markToday ? (quarters(currentQuarter) ?? 0) + quarters.bandwidth() / 2 : 0
    return (
      <svg className="chart-surface" width={box.width} height={box.height}>
        <StatusPatterns scope={patternScope} />
        <Group left={margin.left} top={margin.top}>
          <Grid width={plot.width} height={plot.height} rows={{ scale: y, ticks }} />
          <LeftAxis scale={y} ticks={ticks} format={(value) => format.number(Number(value))} fontSize={fontSize} />
          <BottomAxis top={plot.height} scale={quarters} ticks={labelled} fontSize={fontSize} margin={margin} />
          {rows.map((row) => (
            <g key={row.label} className="chart-group" transform={`translate(${quarters(row.label) ?? 0},0)`}>
              {series.map(({ key, status }) =>
                row[key] === 0 ? null : (
                  <rect
                    key={key}
                    className="chart-bar"
                    x={bars(key)}
                    y={y(row[key])}
                    width={bars.bandwidth()}
                    height={plot.height - y(row[key])}
                    fill={`url(#${statusPatternId(status, false, patternScope)})`}
                    stroke={ink}
                  >
                    <title>{`${row.label} · ${name(key)}: ${format.number(row[key])}`}</title>
                  </rect>
                ),
              )}
            </g>
          ))}
          {markToday && (
            <g className="chart-today">
              <line
                x1={todayX}
                x2={todayX}
                y1={0}
                y2={plot.height}
                stroke={ink}
                strokeWidth={2}
                strokeDasharray="4 3"
              />
              <text x={todayX} y={-8} textAnchor="middle" fill={ink} fontSize={fontSize} fontWeight={700}>
                {t('charts.today')}
              </text>
            </g>
          )}
        </Group>
      </svg>
    )
  }

  return (
    <ChartBox
      size={size}
      legend={{
        fontSize,
        items: series.map(({ key, status }) => ({
          key,
          label: name(key),
          mark: <FillMark status={status} scope={patternScope} />,
        })),
      }}
    >
      {draw}
    </ChartBox>
  )
}
