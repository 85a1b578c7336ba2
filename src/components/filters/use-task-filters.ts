import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseTaskFilters, writeTaskFilters, type TaskFilters } from '../../domain/task-filters'

/**
 * The URL owns the filters (PRODUCT.md). Deliberate choices push a history entry so Back undoes them; typing in the
 * search box replaces the entry so Back does not replay every keystroke.
 */
export function useTaskFilters(knownOwnerIds?: ReadonlySet<string>) {
  const [searchParams, setSearchParams] = useSearchParams()
  const { filters, ignored } = useMemo(
    () => parseTaskFilters(searchParams, knownOwnerIds),
    [searchParams, knownOwnerIds],
  )
  const setFilters = useCallback(
    (next: TaskFilters, { replace = false }: { replace?: boolean } = {}) => {
      setSearchParams((current) => writeTaskFilters(current, next), { replace })
    },
    [setSearchParams],
  )
  return { filters, ignored, setFilters, searchParams }
}
