import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from 'react-i18next'
import { ChartBox, type ChartSize } from './chart-box'
import { statusPatternId } from './chart-palette'
import { StatusPatterns } from './status-patterns'

export interface QuarterRow {
  label: string
  due: number
  completed: number
}

/** Deadlines per quarter: activities due against those of them completed. */
export default function DeadlinesChart({ rows, size }: { rows: QuarterRow[]; size?: ChartSize }) {
  const { t } = useTranslation()
  const tick = { fill: '#1b1f24', fontSize: 13 }
  return (
    <ChartBox size={size}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
        <StatusPatterns />
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#c9ced6" />
        <XAxis dataKey="label" tick={tick} />
        <YAxis allowDecimals={false} tick={tick} width={40} />
        <Tooltip cursor={{ fill: '#eef1f5' }} />
        <Legend wrapperStyle={{ color: '#1b1f24' }} />
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
      </BarChart>
    </ChartBox>
  )
}
