import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the document is printed: from `beforeprint` to `afterprint` (the Print button, Ctrl+P, "Save as PDF"),
 * and while the print media query matches (a browser printing to PDF headless, or print media emulated in a test).
 * Whatever renders only what is on screen (a virtual list, the current slide) renders everything while this is
 * true, so the paper gets every row.
 */
export function usePrinting(): boolean {
  const [printEvent, setPrintEvent] = useState(false)
  const [printMedia, setPrintMedia] = useState(
    // No window while the build prerenders the shell: not printing.
    () => (typeof window !== 'undefined' && window.matchMedia?.('print').matches) || false,
  )
  useEffect(() => {
    // The browser lays the pages out as soon as `beforeprint` returns: the rows must be in the document by then.
    const before = () => flushSync(() => setPrintEvent(true))
    const after = () => setPrintEvent(false)
    const query = window.matchMedia?.('print')
    const media = (event: MediaQueryListEvent) => setPrintMedia(event.matches)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    query?.addEventListener('change', media)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      query?.removeEventListener('change', media)
    }
  }, [])
  return printEvent || printMedia
}
