import { lazy, Suspense, type ReactNode } from 'react'
import { LanguageSync } from './language-sync'
import { RouteFocus } from './route-focus'
import { ScreenSuspense } from './screen-suspense'

// Offline banner, kept data and the update offer: a chunk of its own, so the first screen's JavaScript carries none.
const OfflineLayer = lazy(() => import('./offline/offline-layer'))

/** What every screen shares, the presentation included: language sync and focus on navigation. */
export function RootShell({ children }: { children: ReactNode }) {
  return (
    <>
      <LanguageSync />
      <RouteFocus />
      <Suspense fallback={null}>
        <OfflineLayer />
      </Suspense>
      <ScreenSuspense part="page">{children}</ScreenSuspense>
    </>
  )
}
