import { startTransition, useCallback, useMemo, useOptimistic } from 'react'
import { useSearchParams } from '../../router/hooks'
import { parseTaskFilters, writeTaskFilters, type TaskFilters } from '../../domain/task-filters'

/**
 * The URL owns the filters (docs/decisions/0005). Deliberate choices push a history entry so Back undoes them; typing
 * in the search box replaces the entry so Back does not replay every keystroke.
 *
 * The router applies a URL change in a transition, so a control bound to the URL would show the user's click only
 * once the whole list has re-rendered (about 160 ms with 10,000 activities). `controls` is the optimistic value:
 * a ticked box is ticked in the frame of the click, and `filters` (what the list shows) follows in the transition.
 */
export function useTaskFilters(knownOwnerIds?: ReadonlySet<string>) {
  const [searchParams, setSearchParams] = useSearchParams()
  const { filters, ignored } = useMemo(
    () => parseTaskFilters(searchParams, knownOwnerIds),
    [searchParams, knownOwnerIds],
  )
  const [controls, setControls] = useOptimistic(filters)
  const setFilters = useCallback(
    (next: TaskFilters, { replace = false }: { replace?: boolean } = {}) => {
      startTransition(() => {
        setControls(next)
        setSearchParams((current) => writeTaskFilters(current, next), { replace })
      })
    },
    [setControls, setSearchParams],
  )
  return { filters, controls, ignored, setFilters, searchParams }
}
