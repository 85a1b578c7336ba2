import { Suspense, type ReactNode } from 'react'
import { Skeleton } from '../components/skeleton'
import { FirstScreenFallback } from './first-screen-fallback'

/**
 * Where a screen's chunk is awaited: the first time, the prerendered shell's own screen stays on show
 * (FirstScreenFallback); later, the usual skeleton. `part` names what the shell kept: the layout's outlet (`main`) or
 * the whole page for a screen without the layout (`page`, the presentation).
 */
export function ScreenSuspense({ part, children }: { part: 'main' | 'page'; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <FirstScreenFallback part={part}>
          <Skeleton lines={6} />
        </FirstScreenFallback>
      }
    >
      {children}
    </Suspense>
  )
}
