// Which slides a presentation has, from the filtered activities, the indicators and (optionally) the changes.
import type { Indicator, Task } from '../api/schemas'
import type { ActivityChanges } from './changes'
import { isLate } from './attention'
import { assessProgress, isOffTrack } from './progress-status'
import { byUrgency, pageList } from './slide-lists'

/**
 * Five activities (or changed activities) a slide: at 28 px, the type a projector needs (issue 16), five two-line
 * titles and the closing "and N more — full list: <address>" line fill a 1280×720 slide; eight no longer fit.
 */
export const attentionPerSlide = 5
export const indicatorsPerSlide = 2
export const changesPerSlide = 5

interface Paged {
  page: number
  pages: number
  /** Items of the list left off after its last slide (see slide-lists.ts); 0 on every other slide. */
  more: number
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

export interface SlideInput {
  tasks: readonly Task[]
  indicators: readonly Indicator[]
  /** Present only when the presentation was asked for changes (`since`). */
  changes?: readonly ActivityChanges[]
  today: string
}

export function buildSlides({ tasks, indicators, changes, today }: SlideInput): Slide[] {
  const attention = tasks.filter((task) => isLate(task, today)).sort(byUrgency(today))
  const offTrack = indicators.filter((indicator) => isOffTrack(assessProgress(indicator).status))
  return [
    { kind: 'title' },
    { kind: 'figures' },
    { kind: 'status-chart' },
    { kind: 'targets-chart' },
    ...pageList(attention, attentionPerSlide).map(({ items, page, pages, more }) => ({
      kind: 'attention' as const,
      tasks: items,
      page,
      pages,
      more,
    })),
    { kind: 'indicators-summary' },
    ...(offTrack.length > 0
      ? pageList(offTrack, indicatorsPerSlide).map(({ items, page, pages, more }) => ({
          kind: 'indicators-off-track' as const,
          indicators: items,
          page,
          pages,
          more,
        }))
      : []),
    ...(changes
      ? pageList(changes, changesPerSlide).map(({ items, page, pages, more }) => ({
          kind: 'changes' as const,
          groups: items,
          page,
          pages,
          more,
        }))
      : []),
    { kind: 'closing' },
  ]
}
