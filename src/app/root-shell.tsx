import { Suspense } from 'react'
import { Outlet } from 'react-router'
import { Skeleton } from '../components/skeleton'
import { LanguageSync } from './language-sync'
import { RouteFocus } from './route-focus'

/** What every screen shares, the presentation included: language sync and focus on navigation. */
export function RootShell() {
  return (
    <>
      <LanguageSync />
      <RouteFocus />
      <Suspense fallback={<Skeleton lines={6} />}>
        <Outlet />
      </Suspense>
    </>
  )
}
