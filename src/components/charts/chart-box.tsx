import type { ReactNode } from 'react'
import { ParentSize } from '@visx/responsive'
import { ChartLegend, sizeAboveLegend, type LegendItem } from './chart-legend'

export interface ChartSize {
  width: number
  height: number
}

interface ChartBoxProps {
  /** A fixed size (slides: all rendered at once for print, a hidden slide has no size to measure), or none to fill. */
  size?: ChartSize
  /** The series below the plot, in drawing order. */
  legend?: { items: LegendItem[]; fontSize: number }
  /** Draws the plot at the size it gets. */
  children: (size: ChartSize) => ReactNode
}

/**
 * A chart: its plot, drawn at the size it is given or at the size of the space it fills (measured once laid out, so
 * the first frame has the reserved space and no plot), and its legend below.
 */
export function ChartBox({ size, legend, children }: ChartBoxProps) {
  const plotSize = legend ? sizeAboveLegend(size, legend.fontSize) : size
  return (
    <div className={size ? 'chart' : 'chart chart--fill'}>
      {plotSize ? (
        children(plotSize)
      ) : (
        <ParentSize className="chart__plot" style={{ height: 'auto' }}>
          {({ width, height }) => (width > 0 && height > 0 ? children({ width, height }) : null)}
        </ParentSize>
      )}
      {legend && <ChartLegend items={legend.items} fontSize={legend.fontSize} />}
    </div>
  )
}
