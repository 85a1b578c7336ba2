import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from '../../i18n/use-translation'
import { useFormat } from '../../i18n/use-format'
import { countTicks } from './axis-ticks'
import { ChartBox, type ChartSize } from './chart-box'
import { statusPatternId } from './chart-palette'
import { inDrawingOrder } from './series-order'
import { StatusPatterns } from './status-patterns'

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

const series = ['due', 'completed'] as const

/** Deadlines per quarter: activities due against those of them completed, with today marked. */
export default function DeadlinesChart({ rows, currentQuarter, size }: DeadlinesChartProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const tick = { fill: '#1b1f24', fontSize: 13 }
  const ticks = countTicks(Math.max(0, ...rows.map((row) => row.due)))
  const markToday = currentQuarter !== undefined && rows.some((row) => row.label === currentQuarter)
  return (
    <ChartBox size={size}>
      <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
        <StatusPatterns />
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#c9ced6" />
        <XAxis dataKey="label" tick={tick} />
        <YAxis
          allowDecimals={false}
          ticks={ticks}
          domain={[0, ticks[ticks.length - 1] ?? 1]}
          interval={0}
          tickFormatter={(value: number) => format.number(value)}
          tick={tick}
          width={40}
        />
        <Tooltip cursor={{ fill: '#eef1f5' }} itemSorter={inDrawingOrder(series)} />
        <Legend wrapperStyle={{ color: '#1b1f24' }} itemSorter={inDrawingOrder(series)} />
        <Bar
          dataKey="due"
          name={t('charts.due')}
          fill={`url(#${statusPatternId('in_progress')})`}
          stroke="#1b1f24"
          isAnimationActive={false}
        />
        <Bar
          dataKey="completed"
          name={t('charts.completed')}
          fill={`url(#${statusPatternId('completed')})`}
          stroke="#1b1f24"
          isAnimationActive={false}
        />
        {markToday && (
          <ReferenceLine
            x={currentQuarter}
            stroke="#1b1f24"
            strokeWidth={2}
            strokeDasharray="4 3"
            label={{ value: t('charts.today'), position: 'top', fill: '#1b1f24', fontSize: 13, fontWeight: 700 }}
          />
        )}
      </BarChart>
    </ChartBox>
  )
}
