import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { labelTick, type TickProps } from './label-tick'
import { useTranslation } from 'react-i18next'
import { ChartBox, type ChartSize } from './chart-box'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { statusPatternId } from './chart-palette'
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
}

/** Activities per group (SDG target, organisation), stacked by status. */
export default function StackedStatusChart({ rows, horizontal = false, size }: StackedStatusChartProps) {
  const { t } = useTranslation()
  const data = rows.map((row) => ({ label: row.label, ...row.counts }))
  const tick = { fill: '#1b1f24', fontSize: 13 }
  const categoryTick = labelTick(new Map(rows.map((row) => [row.label, row.lang])))
  return (
    <ChartBox size={size}>
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer
      >
        <StatusPatterns />
        <CartesianGrid strokeDasharray="3 3" stroke="#c9ced6" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={tick} />
            <YAxis
              type="category"
              dataKey="label"
              width={220}
              tick={(props: TickProps) => categoryTick({ ...tick, ...props })}
              interval={0}
            />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={(props: TickProps) => categoryTick({ ...tick, ...props })} interval={0} />
            <YAxis allowDecimals={false} tick={tick} width={40} />
          </>
        )}
        <Tooltip cursor={{ fill: '#eef1f5' }} />
        <Legend wrapperStyle={{ color: '#1b1f24' }} />
        {taskStatuses.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={t(`status.${status}`)}
            stackId="status"
            fill={`url(#${statusPatternId(status)})`}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartBox>
  )
}
