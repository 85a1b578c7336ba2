import { useTranslation } from '../i18n/use-translation'
import type { Indicator } from '../api/schemas'
import { trendSinceBaseline, type Trend, type YearValue } from '../domain/progress-status'

interface SparklineProps {
  indicator: Pick<Indicator, 'direction' | 'baseline' | 'targets' | 'actuals'>
  width?: number
  height?: number
}

// Colours from the shared palette (global.css), with its values as fallbacks; all ≥ 3:1 on white (WCAG 1.4.11).
const actualColour: Record<Trend, string> = {
  improving: 'var(--ok, #1b6e3a)',
  worsening: 'var(--danger, #a4161a)',
  unchanged: 'var(--ink-muted, #4a5361)',
  no_data: 'var(--ink-muted, #4a5361)',
}
const trajectoryColour = 'var(--ink-muted, #4a5361)'

/**
 * A small trend: the target trajectory (baseline → targets, dashed) behind the actuals (baseline → latest, solid).
 * The actual line is coloured by whether it went the good way for the indicator's direction, and never by colour
 * alone: its end marker is a dot when improving, a cross when worsening, a ring when unchanged; the accessible name
 * says the same in words.
 */
export function Sparkline({ indicator, width = 104, height = 30 }: SparklineProps) {
  const { t } = useTranslation()
  const { baseline, direction } = indicator
  const trend = trendSinceBaseline(indicator)
  const label = t(`indicators.trend.${direction}.${trend}`)
  const actuals = [baseline, ...indicator.actuals.filter((a) => a.year > baseline.year)]
  const trajectory = [baseline, ...indicator.targets.filter((p) => p.year > baseline.year)]
  const all = [...actuals, ...trajectory]
  const xs = all.map((p) => p.year)
  const ys = all.map((p) => p.value)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const pad = 4
  const x = (year: number) => pad + ((year - minX) / (maxX - minX || 1)) * (width - 2 * pad)
  const y = (value: number) => height - pad - ((value - minY) / (maxY - minY || 1)) * (height - 2 * pad)
  const line = (points: YearValue[]) => points.map((p) => `${x(p.year)},${y(p.value)}`).join(' ')
  const last = actuals[actuals.length - 1] ?? baseline
  const colour = actualColour[trend]
  return (
    <svg
      className={`sparkline sparkline--${trend}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      focusable="false"
    >
      <title>{label}</title>
      {trajectory.length > 1 && (
        <polyline
          className="sparkline__trajectory"
          fill="none"
          style={{ stroke: trajectoryColour }}
          strokeWidth="1.5"
          strokeDasharray="3 2"
          points={line(trajectory)}
        />
      )}
      {actuals.length > 1 && (
        <polyline
          className="sparkline__actual"
          fill="none"
          style={{ stroke: colour }}
          strokeWidth="2"
          strokeLinejoin="round"
          points={line(actuals)}
        />
      )}
      <EndMarker trend={trend} cx={x(last.year)} cy={y(last.value)} colour={colour} />
    </svg>
  )
}

function EndMarker({ trend, cx, cy, colour }: { trend: Trend; cx: number; cy: number; colour: string }) {
  if (trend === 'improving') {
    return <circle className="sparkline__marker" cx={cx} cy={cy} r="3" style={{ fill: colour }} />
  }
  if (trend === 'worsening') {
    const d = 3
    return (
      <path
        className="sparkline__marker"
        d={`M${cx - d},${cy - d}L${cx + d},${cy + d}M${cx - d},${cy + d}L${cx + d},${cy - d}`}
        style={{ stroke: colour }}
        strokeWidth="2"
        strokeLinecap="round"
      />
    )
  }
  return (
    <circle
      className="sparkline__marker"
      cx={cx}
      cy={cy}
      r="2.5"
      style={{ stroke: colour, fill: 'var(--paper, #ffffff)' }}
      strokeWidth="1.5"
    />
  )
}
