import { useEffect, useRef } from 'react'
import { useLocation } from '../router/hooks'

/** Marks a screen's Suspense fallback (screen-suspense.tsx): while one is on show, the new screen is not there yet. */
export const screenPendingAttribute = 'data-screen-pending'

const routeTarget = () =>
  document.querySelector<HTMLElement>('#main h1, [data-route-focus]') ?? document.getElementById('main')

/**
 * Focuses the new screen's heading as soon as the screen is on show, and returns how to stop waiting. A navigation
 * usually commits with its screen, but not when the screen's boundary was already showing its fallback (a first
 * screen whose chunk is still on its way): then the address changes first, and the screen follows. Waiting stops
 * when the reader moves the focus themselves meanwhile.
 */
function focusWhenShown(): () => void {
  const shown = () => !document.querySelector(`[${screenPendingAttribute}]`)
  if (shown()) {
    routeTarget()?.focus()
    return () => {}
  }
  const observer = new MutationObserver(() => {
    if (!shown()) return
    stop()
    routeTarget()?.focus()
  })
  // Coming back to the tab or window fires `focus` at the window, then `focusin` at the element that had the focus,
  // in one task (HTML's focus update steps): the page getting the focus back, not the reader moving it.
  let windowJustFocused = false
  const onWindowFocus = () => {
    windowJustFocused = true
    setTimeout(() => (windowJustFocused = false), 0)
  }
  const onFocusIn = () => {
    if (!windowJustFocused) stop()
  }
  const stop = () => {
    observer.disconnect()
    window.removeEventListener('focus', onWindowFocus)
    document.removeEventListener('focusin', onFocusIn)
  }
  observer.observe(document.body, { childList: true, subtree: true })
  window.addEventListener('focus', onWindowFocus)
  document.addEventListener('focusin', onFocusIn)
  return stop
}

/**
 * After a client-side navigation, move focus to the new page's heading so keyboard and screen-reader users land on
 * the content (and hear its name). The first load is left alone: the browser starts at the top already.
 */
export function RouteFocus() {
  const { pathname } = useLocation()
  const previous = useRef(pathname)

  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    return focusWhenShown()
  }, [pathname])

  return null
}
