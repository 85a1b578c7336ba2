import { useEffect } from 'react'

/** Prints the whole document on A4 landscape while the calling screen is shown (slides: without page margins). */
export function useLandscapePrint(pageClass: 'print-landscape' | 'print-slides' = 'print-landscape'): void {
  useEffect(() => {
    document.body.classList.add(pageClass)
    return () => document.body.classList.remove(pageClass)
  }, [pageClass])
}
