import type { TFunction } from '../../../i18n/translator'
import type { Indicator, Owner, Plan, Task } from '../../../api/schemas'
import type { Slide } from '../../../domain/slides'
import type { Format } from '../../../i18n/use-format'
import type { ListSlideKind } from '../full-list-addresses'

/** What the PowerPoint file is made of: the very slides on screen, as plain values and words. */
export interface PptxDeckInput {
  slides: Slide[]
  plan: Plan
  tasks: Task[]
  indicators: Indicator[]
  owners: ReadonlyMap<string, Owner> | undefined
  /** "Filtered by …" in words, the same line the screen shows under each slide. */
  filterText: string
  /** "changes since 3 Nov 2026", when the deck was asked for changes. */
  sinceText?: string
  asOf: string
  today: string
  /** Where each list cut short on the slides can be read in full. */
  fullLists: Record<ListSlideKind, string>
  t: TFunction
  format: Format
  /** Hex colours (RRGGBB) per activity status, from the page's palette. */
  statusColours: Record<Task['status'], string>
}
