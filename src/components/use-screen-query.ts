import {
  useQuery,
  type DefaultError,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query'
import { useDeferredValue } from 'react'

/**
 * What a screen shows, drawn in the background when it arrives (docs/decisions/0017-render-in-slices.md). TanStack
 * Query hands React each new result through useSyncExternalStore, which React renders at once, in one task: a
 * screen's table or charts took 50–150 ms on a laptop, so the page froze. The deferred copy keeps the previous result
 * (the skeletons) for that urgent render and draws the new one in a transition, which React splits into slices of a
 * few milliseconds between frames. A screen's queries all follow in the same transition, so they never show half
 * an answer. Forms read their queries with `useQuery` itself: what the user acts on must be current.
 */
export function useScreenQuery<
  TQueryFnData = unknown,
  TError = DefaultError,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
>(options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>): UseQueryResult<TData, TError> {
  return useDeferredValue(useQuery(options))
}
