import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from '../../i18n/use-translation'
import { ChartBox, type ChartSize } from './chart-box'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { useFormat } from '../../i18n/use-format'
import { countTicks } from './axis-ticks'
import { projectorFontSize, statusPatternId } from './chart-palette'
import { StatusPatterns } from './status-patterns'

interface StatusBarChartProps {
  counts: Record<TaskStatus, number>
  onSelect?: (status: TaskStatus) => void
  size?: ChartSize
  /** Slides: large ticks and labels, and the coarse hatch that survives a projector. */
  projector?: boolean
}

/** Activities by status; choosing a bar selects that status. */
export default function StatusBarChart({ counts, onSelect, size, projector = false }: StatusBarChartProps) {
  const { t } = useTranslation()
  const patternScope = useId()
  const format = useFormat()
  const data = taskStatuses.map((status) => ({ status, name: t(`status.${status}`), count: counts[status] }))
  const fontSize = projector ? projectorFontSize : 14
  const ticks = countTicks(Math.max(0, ...data.map((entry) => entry.count)))
  return (
    <ChartBox size={size}>
      <BarChart data={data} margin={{ top: fontSize + 10, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
        <StatusPatterns coarse={projector} scope={patternScope} />
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#c9ced6" />
        <XAxis dataKey="name" tick={{ fill: '#1b1f24', fontSize }} interval={0} />
        <YAxis
          allowDecimals={false}
          ticks={ticks}
          domain={[0, ticks[ticks.length - 1] ?? 1]}
          interval={0}
          tickFormatter={(value: number) => format.number(value)}
          tick={{ fill: '#1b1f24', fontSize }}
          width={projector ? 64 : 40}
        />
        <Tooltip cursor={{ fill: '#eef1f5' }} />
        <Bar
          dataKey="count"
          name={t('charts.activities')}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(entry) => {
            const status = (entry as unknown as { payload?: { status?: TaskStatus } }).payload?.status
            if (status && onSelect) onSelect(status)
          }}
        >
          {data.map((entry) => (
            <Cell
              key={entry.status}
              fill={`url(#${statusPatternId(entry.status, projector, patternScope)})`}
              stroke="#1b1f24"
              strokeWidth={1}
            />
          ))}
          <LabelList dataKey="count" position="top" fill="#1b1f24" fontSize={fontSize} />
        </Bar>
      </BarChart>
    </ChartBox>
  )
}
