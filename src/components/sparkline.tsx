interface SparklineProps {
  points: { year: number; value: number }[]
  width?: number
  height?: number
}

/** A tiny trend line of the actuals. Decorative: the latest value and the status are always shown as text beside it. */
export function Sparkline({ points, width = 96, height = 28 }: SparklineProps) {
  if (points.length < 2) return <span className="sparkline sparkline--empty" aria-hidden="true" />
  const xs = points.map((p) => p.year)
  const ys = points.map((p) => p.value)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const x = (year: number) => 2 + ((year - minX) / (maxX - minX || 1)) * (width - 4)
  const y = (value: number) => height - 2 - ((value - minY) / (maxY - minY || 1)) * (height - 4)
  const last = points[points.length - 1] as { year: number; value: number }
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline
        fill="none"
        stroke="#0b4f8a"
        strokeWidth="2"
        points={points.map((p) => `${x(p.year)},${y(p.value)}`).join(' ')}
      />
      <circle cx={x(last.year)} cy={y(last.value)} r="3" fill="#0b4f8a" />
    </svg>
  )
}
