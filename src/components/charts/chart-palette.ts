import type { TaskStatus } from '../../api/schemas'

// Okabe–Ito hues, darkened where needed so every mark has at least 3:1 contrast on white (WCAG 1.4.11).
// Each status also has its own fill pattern, so stacked bars stay distinguishable in greyscale print.
export const statusColour: Record<TaskStatus, string> = {
  not_started: '#6b7280', // grey, 4.8:1
  in_progress: '#0072b2', // blue, 5.1:1
  completed: '#007a5a', // bluish green, 5.3:1
  delayed: '#c2410c', // vermillion, 5.2:1
  cancelled: '#8e4585', // reddish purple, 6.4:1
}

export const statusPatternId = (status: TaskStatus) => `pattern-${status}`
