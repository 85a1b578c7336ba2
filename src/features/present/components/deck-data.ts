import type { ReactNode } from 'react'
import type { Indicator, Owner, Plan, Task } from '../../../api/schemas'
import type { IgnoredValue } from '../../../domain/url-params'
import type { ListSlideKind } from '../full-list-addresses'

/** Everything a slide may show, gathered once by the presentation page. */
export interface DeckData {
  plan: Plan
  tasks: Task[]
  indicators: Indicator[]
  owners: ReadonlyMap<string, Owner> | undefined
  filterText: ReactNode
  /** URL values the deck could not use: said on the title slide, as every screen says them. */
  ignored: IgnoredValue[]
  asOf: string
  today: string
  /** Where each list cut short on the slides can be read in full. */
  fullLists: Record<ListSlideKind, string>
}
