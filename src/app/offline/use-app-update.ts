import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Registers the app's service worker (only in builds that have one; the code is loaded after the first paint) and
 * tells when a new version is waiting. `reload` is the only way to it: the worker never takes over by itself
 * (`registerType: 'prompt'`), so nobody is moved to a new version in the middle of a meeting.
 */
export function useAppUpdate() {
  const [available, setAvailable] = useState(false)
  const update = useRef<() => Promise<void>>(undefined)
  const askedHere = useRef(false)
  const takenOverElsewhere = useRef(false)

  useEffect(() => {
    if (import.meta.env.VITE_OFFLINE !== 'on' || !('serviceWorker' in navigator)) return
    let cancelled = false
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return
      update.current = registerSW({
        immediate: true,
        onNeedRefresh: () => setAvailable(true),
        // The new version took over. Reload only if this tab asked; another tab's Reload must not restart a deck.
        onNeedReload: () => {
          if (askedHere.current) window.location.reload()
          else takenOverElsewhere.current = true
        },
        // No worker (blocked, a private window): the app works online as before, without offline use.
        onRegisterError: () => undefined,
      })
    })
    return () => {
      cancelled = true
    }
  }, [])

  const reload = useCallback(() => {
    askedHere.current = true
    if (takenOverElsewhere.current || !update.current) window.location.reload()
    else void update.current()
  }, [])
  return { available, reload }
}
