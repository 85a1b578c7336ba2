// Which slides a presentation has, from the filtered activities, the indicators and (optionally) the changes.
import type { Indicator, Task } from '../api/schemas'
import type { ActivityChanges } from './changes'
import { daysOverdue, isOverdue } from './overdue'
import { assessProgress, isOffTrack } from './progress-status'

export const attentionPerSlide = 8
export const indicatorsPerSlide = 2
export const changesPerSlide = 6

interface Paged {
  page: number
  pages: number
}

export type Slide =
  | { kind: 'title' }
  | { kind: 'figures' }
  | { kind: 'status-chart' }
  | { kind: 'targets-chart' }
  | ({ kind: 'attention'; tasks: Task[] } & Paged)
  | { kind: 'indicators-summary' }
  | ({ kind: 'indicators-off-track'; indicators: Indicator[] } & Paged)
  | ({ kind: 'changes'; groups: ActivityChanges[] } & Paged)
  | { kind: 'closing' }

/** Splits a list into slides of `size`; an empty list still gets one slide that says so. */
function paged<T>(items: readonly T[], size: number): { items: T[]; page: number; pages: number }[] {
  const pages = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: pages }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), page: i + 1, pages }))
}

export interface SlideInput {
  tasks: readonly Task[]
  indicators: readonly Indicator[]
  /** Present only when the presentation was asked for changes (`since`). */
  changes?: readonly ActivityChanges[]
  today: string
}

export function buildSlides({ tasks, indicators, changes, today }: SlideInput): Slide[] {
  const attention = tasks
    .filter((task) => task.status === 'delayed' || isOverdue(task, today))
    .sort(
      (a, b) =>
        daysOverdue(b, today) - daysOverdue(a, today) || a.code.localeCompare(b.code, undefined, { numeric: true }),
    )
  const offTrack = indicators.filter((indicator) => isOffTrack(assessProgress(indicator).status))
  return [
    { kind: 'title' },
    { kind: 'figures' },
    { kind: 'status-chart' },
    { kind: 'targets-chart' },
    ...paged(attention, attentionPerSlide).map(({ items, page, pages }) => ({
      kind: 'attention' as const,
      tasks: items,
      page,
      pages,
    })),
    { kind: 'indicators-summary' },
    ...(offTrack.length > 0
      ? paged(offTrack, indicatorsPerSlide).map(({ items, page, pages }) => ({
          kind: 'indicators-off-track' as const,
          indicators: items,
          page,
          pages,
        }))
      : []),
    ...(changes
      ? paged(changes, changesPerSlide).map(({ items, page, pages }) => ({
          kind: 'changes' as const,
          groups: items,
          page,
          pages,
        }))
      : []),
    { kind: 'closing' },
  ]
}
