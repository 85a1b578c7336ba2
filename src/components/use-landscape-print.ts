import { useEffect } from 'react'

/** Prints the whole document, header included, on A4 landscape while the calling screen is shown. */
export function useLandscapePrint(): void {
  useEffect(() => {
    document.body.classList.add('print-landscape')
    return () => document.body.classList.remove('print-landscape')
  }, [])
}
