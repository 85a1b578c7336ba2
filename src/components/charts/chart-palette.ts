import type { TaskStatus } from '../../api/schemas'

/**
 * The status palette is defined once, as CSS custom properties (`--status-*` in global.css), and used by badges,
 * chart fills, patterns and print alike: a Delayed badge and its bar are the same colour. Charts read the values when
 * they draw, so an exported PNG carries real colours. Every colour has at least 4.5:1 contrast on white (text), which
 * is more than the 3:1 chart marks need (WCAG 1.4.11).
 */
export function statusColour(status: TaskStatus): string {
  if (typeof document === 'undefined') return '#1b1f24'
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--status-${status}`).trim()
  return value || '#1b1f24'
}

/**
 * The fill of a status. `scope` (a chart's useId) keeps each chart's patterns its own: a fill pointing at the
 * patterns of a chart that is hidden (another slide) paints nothing. The coarse variant (slides) has ids of its own.
 */
export const statusPatternId = (status: TaskStatus, coarse = false, scope = '') =>
  `pattern${scope}-${coarse ? 'coarse-' : ''}${status}`

/** Axis ticks and labels on slides: 22 px reads from the back of a room at 1280×720 (issue 16 asks for 20 or more). */
export const projectorFontSize = 22
