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

export const statusPatternId = (status: TaskStatus) => `pattern-${status}`
