// Where the whole of a list cut short on the slides can be read: a web address the presenter can read out, print on
// the handout and put in the PowerPoint file, for the same filters as the deck.
import { writeTaskFilters, writeTaskSort, type TaskFilters } from '../../domain/task-filters'

export type ListSlideKind = 'attention' | 'indicators-off-track' | 'changes'

/** Commas stay commas: `status=delayed,in_progress` reads better on paper than `%2C`. */
const address = (origin: string, path: string, params: URLSearchParams) => {
  const search = params.toString().replaceAll('%2C', ',')
  return `${origin}${path}${search ? `?${search}` : ''}`
}

export function fullListAddresses(
  filters: TaskFilters,
  since: string | null,
  origin: string,
): Record<ListSlideKind, string> {
  // The late activities of the same filters, the longest overdue first: the order of the slides as near as the
  // activities list can sort.
  const late = writeTaskSort(writeTaskFilters(new URLSearchParams(), { ...filters, attention: ['late'] }), {
    key: 'dueDate',
    descending: false,
  })
  return {
    attention: address(origin, '/tasks', late),
    'indicators-off-track': address(origin, '/indicators', new URLSearchParams()),
    changes: address(origin, '/changes', writeTaskFilters(new URLSearchParams(since ? { since } : {}), filters)),
  }
}
