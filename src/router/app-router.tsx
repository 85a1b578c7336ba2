import { createContext, startTransition, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react'
import { Router } from 'wouter'
import { browserHistory, memoryHistory, type HistorySource, type RouterLocation } from './history'
import { parseRoutePattern } from './route-pattern'

interface RouterState {
  location: RouterLocation
  history: HistorySource
}

const RouterStateContext = createContext<RouterState | null>(null)

export function useRouterState(): RouterState {
  const state = useContext(RouterStateContext)
  if (!state) throw new Error('useRouterState needs an <AppRouter> above it')
  return state
}

// wouter asks these hooks for the path and the search; they read the location this router rendered, not the live one.
type NavigateOptions = { replace?: boolean }
const useRenderedPath = (): [string, (to: string, options?: NavigateOptions) => void] => {
  const { location, history } = useRouterState()
  return [location.pathname, (to, options) => (options?.replace ? history.replace(to) : history.push(to))]
}
const useRenderedSearch = () => useRouterState().location.search

/**
 * The app's router: wouter's routes and links over a location kept in React state and changed inside a transition,
 * as React Router did. A navigation therefore keeps the old screen on show until the new screen's lazy chunk and
 * everything it suspends on are ready, instead of flashing the fallback; then RouteFocus moves focus to its heading.
 * (wouter's own location hooks use useSyncExternalStore, whose updates are never transitions.)
 */
export function AppRouter({ history: given, children }: { history?: HistorySource; children: ReactNode }) {
  const [history] = useState(() => given ?? browserHistory())
  const [location, setLocation] = useState(history.location)

  useLayoutEffect(() => {
    const follow = () => startTransition(() => setLocation(history.location))
    const stop = history.listen(follow)
    follow() // a change between the first render and this effect
    return stop
  }, [history])

  const state = useMemo(() => ({ location, history }), [location, history])
  return (
    <RouterStateContext value={state}>
      <Router hook={useRenderedPath} searchHook={useRenderedSearch} parser={parseRoutePattern}>
        {children}
      </Router>
    </RouterStateContext>
  )
}

/**
 * Renders the app at one address, e.g. `<StaticRouter url="/tasks?status=delayed">` around `<AppRoutes />`, for the
 * build-time prerender (renderToString and friends). Links still work in memory, so a hydrated copy can take over.
 */
export function StaticRouter({ url, children }: { url: string; children: ReactNode }) {
  const [history] = useState(() => memoryHistory(url))
  return <AppRouter history={history}>{children}</AppRouter>
}

export { Route, Switch } from 'wouter'
