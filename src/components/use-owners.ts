import { useScreenQuery } from './use-screen-query'
import { useMemo } from 'react'
import { ownerQueries } from '../api/owners'
import type { Owner } from '../api/schemas'

/** The owners query plus a lookup by id (undefined until the owners have loaded). */
export function useOwners() {
  const query = useScreenQuery(ownerQueries.list())
  const byId = useMemo(
    () => (query.data ? new Map<string, Owner>(query.data.map((owner) => [owner.id, owner])) : undefined),
    [query.data],
  )
  return { query, byId }
}
