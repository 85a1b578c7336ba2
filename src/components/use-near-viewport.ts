import { startTransition, useEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/**
 * True once the element comes within `margin` of the viewport, and from then on: work that cannot be seen waits
 * (a chart below the fold renders when the user scrolls towards it, not in the page's first task). Printing needs
 * everything, so `beforeprint` (or the print media) makes it true at once. Without IntersectionObserver (old browsers, jsdom) it is true.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '400px'): boolean {
  // The build's prerender (no window) renders what a browser's first render shows: not near yet.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        // In a transition: React renders it in slices, so several charts arriving at once never make one long task.
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true))
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    // `beforeprint` for the browser's Print; the media query for a PDF made by the browser's engine (no event).
    const print = window.matchMedia('print')
    const beforePrint = () => flushSync(() => setNear(true))
    const onPrintMedia = () => print.matches && beforePrint()
    window.addEventListener('beforeprint', beforePrint)
    print.addEventListener('change', onPrintMedia)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', beforePrint)
      print.removeEventListener('change', onPrintMedia)
    }
  }, [ref, margin, near])
  return near
}
