import { cloneElement, type ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'

export interface ChartSize {
  width: number
  height: number
}

/**
 * Fills its parent by default. Slides pass a fixed size instead: they are all rendered at once for printing, and a
 * hidden slide has no size for a ResponsiveContainer to measure.
 */
export function ChartBox({ size, children }: { size?: ChartSize; children: ReactElement<Partial<ChartSize>> }) {
  if (size) return cloneElement(children, size)
  return (
    <ResponsiveContainer width="100%" height="100%">
      {children}
    </ResponsiveContainer>
  )
}
