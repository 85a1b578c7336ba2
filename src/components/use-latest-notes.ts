import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { planQueries } from '../api/plan'
import { updateQueries } from '../api/updates'
import { latestNotes, type LatestNote } from '../domain/latest-notes'

/**
 * Activity id → its latest note, from the updates since the plan began (the same query /changes reads before its
 * date); undefined while loading or when it failed: the notes column then says nothing rather than "no note".
 */
export function useLatestNotes(): ReadonlyMap<string, LatestNote> | undefined {
  const plan = useQuery(planQueries.detail())
  const start = plan.data?.period.start
  const updates = useQuery({ ...updateQueries.since(start ?? ''), enabled: start !== undefined })
  return useMemo(() => (updates.data ? latestNotes(updates.data) : undefined), [updates.data])
}
