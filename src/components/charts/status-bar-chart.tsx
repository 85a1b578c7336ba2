import { useId } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { useTranslation } from '../../i18n/use-translation'
import { ChartBox, type ChartSize } from './chart-box'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { useFormat } from '../../i18n/use-format'
import { countTicks } from './axis-ticks'
import { projectorFontSize, statusPatternId } from './chart-palette'
import { StatusPatterns } from './status-patterns'
import { BottomAxis, Grid, LeftAxis, ink, labelWidth, plotArea } from './chart-axes'
import { labelTick } from './label-tick'

interface StatusBarChartProps {
  counts: Record<TaskStatus, number>
  onSelect?: (status: TaskStatus) => void
  size?: ChartSize
  /** Slides: large ticks and labels, and the coarse hatch that survives a projector. */
  projector?: boolean
}

/** Activities by status, each bar with its count on top; choosing a bar selects that status. */
export default function StatusBarChart({ counts, onSelect, size, projector = false }: StatusBarChartProps) {
  const { t } = useTranslation()
  const patternScope = useId()
  const format = useFormat()
  const fontSize = projector ? projectorFontSize : 14
  const ticks = countTicks(Math.max(0, ...taskStatuses.map((status) => counts[status])))
  const name = (status: TaskStatus) => t(`status.${status}`)
  const names = taskStatuses.map(name)
  const widestWord = Math.max(...names.flatMap((label) => label.split(' ')).map((word) => labelWidth(word, fontSize)))
  const widestName = Math.max(...names.map((label) => labelWidth(label, fontSize)))

  const draw = (box: ChartSize) => {
    const left = projector ? 64 : 40
    const x = scaleBand({ domain: [...taskStatuses], range: [0, Math.max(0, box.width - left - 16)], padding: 0.2 })
    // Names wrap onto up to three lines below their bar; where one word is wider than a bar's place (a phone, long
    // Kazakh words), every name is tilted instead, so that none runs into the next.
    const tilt = widestWord > x.step() - 4
    const margin = {
      top: fontSize + 10,
      right: 16,
      bottom: tilt ? widestName * Math.sin(Math.PI / 5) + fontSize + 8 : fontSize * 3.6 + 12,
      left,
    }
    const plot = plotArea(box, margin)
    const y = scaleLinear({ domain: [0, ticks[ticks.length - 1] ?? 1], range: [plot.height, 0] })
    const statusTick = labelTick(new Map(), x.step(), tilt ? -36 : undefined)
    return (
      <svg className="chart-surface" width={box.width} height={box.height}>
        <StatusPatterns coarse={projector} scope={patternScope} />
        <Group left={margin.left} top={margin.top}>
          <Grid width={plot.width} height={plot.height} rows={{ scale: y, ticks }} />
          <LeftAxis scale={y} ticks={ticks} format={(value) => format.number(Number(value))} fontSize={fontSize} />
          <BottomAxis
            top={plot.height}
            scale={x}
            format={(status) => name(status as TaskStatus)}
            fontSize={fontSize}
            tickComponent={statusTick}
            margin={margin}
          />
          {taskStatuses.map((status) => {
            const start = x(status) ?? 0
            const top = y(counts[status])
            return (
              <g key={status}>
                <rect
                  className="chart-bar"
                  x={start}
                  y={top}
                  width={x.bandwidth()}
                  height={plot.height - top}
                  fill={`url(#${statusPatternId(status, projector, patternScope)})`}
                  stroke={ink}
                  strokeWidth={1}
                  cursor={onSelect ? 'pointer' : undefined}
                  onClick={onSelect && (() => onSelect(status))}
                >
                  <title>{`${name(status)}: ${format.number(counts[status])}`}</title>
                </rect>
                <text x={start + x.bandwidth() / 2} y={top - 6} textAnchor="middle" fill={ink} fontSize={fontSize}>
                  {format.number(counts[status])}
                </text>
              </g>
            )
          })}
        </Group>
      </svg>
    )
  }

  return <ChartBox size={size}>{draw}</ChartBox>
}
