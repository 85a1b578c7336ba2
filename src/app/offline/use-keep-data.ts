import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

/**
 * Restores the data kept in this browser and keeps what loads from now on (src/api/kept-data.ts), in builds that
 * work offline. Its code loads after the first paint, so the first screen does not wait for IndexedDB.
 */
export function useKeepData() {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (import.meta.env.VITE_OFFLINE !== 'on') return
    let cancelled = false
    let stop: (() => void) | undefined
    void import('../../api/kept-data').then(({ keepData }) => {
      if (cancelled) return
      const keeping = keepData(queryClient)
      stop = keeping.stop
      // A browser without IndexedDB (some private windows) works online as before, without kept data.
      keeping.restored.catch(() => undefined)
    })
    return () => {
      cancelled = true
      stop?.()
    }
  }, [queryClient])
}
