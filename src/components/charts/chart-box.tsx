import type { ReactNode } from 'react'
import { ParentSize } from '@visx/responsive'

export interface ChartSize {
  width: number
  height: number
}

/**
 * A chart's plot: drawn at the size it is given, or at the size of the space it fills (measured once laid out, so the
 * first frame has the reserved space and no plot). Slides pass a size: they are all rendered at once for printing,
 * and a hidden slide has no size to measure.
 */
export function ChartBox({ size, children }: { size?: ChartSize; children: (size: ChartSize) => ReactNode }) {
  if (size) return children(size)
  return (
    <ParentSize className="chart__plot" style={{ height: 'auto' }}>
      {({ width, height }) => (width > 0 && height > 0 ? children({ width, height }) : null)}
    </ParentSize>
  )
}
