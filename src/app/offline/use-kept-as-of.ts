import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'

/**
 * When the oldest data on screen was fetched (epoch ms), or `undefined` when the screen shows no data: offline,
 * that is the honest "as of" for the whole screen. On screen = a query some component is watching.
 */
export function useKeptAsOf(): number | undefined {
  const queryCache = useQueryClient().getQueryCache()
  const subscribe = useCallback((onChange: () => void) => queryCache.subscribe(onChange), [queryCache])
  const oldest = useCallback(() => {
    let asOf: number | undefined
    for (const query of queryCache.getAll()) {
      const { data, dataUpdatedAt } = query.state
      if (query.getObserversCount() === 0 || data === undefined || dataUpdatedAt === 0) continue
      if (query.queryKey[0] === 'session') continue
      asOf = asOf === undefined ? dataUpdatedAt : Math.min(asOf, dataUpdatedAt)
    }
    return asOf
  }, [queryCache])
  return useSyncExternalStore(subscribe, oldest, oldest)
}
