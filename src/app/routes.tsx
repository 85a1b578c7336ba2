import { lazy, useState, type ComponentType } from 'react'
import { ErrorBoundary } from './error-boundary'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { RootShell } from './root-shell'
import { Route, Switch } from '../router/app-router'
import { parseRoutePattern } from '../router/route-pattern'

// Each screen is its own chunk: the first screen loads only its own code (see the bundle budget). Navigation runs in
// a React transition, so the old screen stays until the new one is ready and focus lands on a real heading.
// A screen whose chunk is already here (preloadScreen) renders at once instead of suspending on React.lazy first.
// What is loaded stays loaded for the page's life (and a test file's): a later render never suspends on it again.
function page<T extends string>(load: () => Promise<Record<T, ComponentType>>, name: T) {
  let loaded: ComponentType | undefined
  const preload = () => load().then((module) => (loaded = module[name]))
  const Lazy: ComponentType = lazy(() => preload().then((screen): { default: ComponentType } => ({ default: screen })))
  function Page() {
    // Fixed for the element's life: switching from the lazy wrapper to the screen itself would remount the screen.
    const [{ Screen }] = useState<{ Screen: ComponentType }>(() => ({ Screen: loaded ?? Lazy }))
    return <Screen />
  }
  return Object.assign(Page, { preload })
}

const OverviewPage = page(() => import('../features/overview/overview-page'), 'OverviewPage')
const TasksPage = page(() => import('../features/tasks/tasks-page'), 'TasksPage')
const TaskDetailPage = page(() => import('../features/tasks/task-detail-page'), 'TaskDetailPage')
const IndicatorsPage = page(() => import('../features/indicators/indicators-page'), 'IndicatorsPage')
const IndicatorDetailPage = page(() => import('../features/indicators/indicator-detail-page'), 'IndicatorDetailPage')
const OwnersPage = page(() => import('../features/owners/owners-page'), 'OwnersPage')
const OwnerDetailPage = page(() => import('../features/owners/owner-detail-page'), 'OwnerDetailPage')
const ChangesPage = page(() => import('../features/changes/changes-page'), 'ChangesPage')
const StatusesPage = page(() => import('../features/statuses/statuses-page'), 'StatusesPage')
const SignInPage = page(() => import('../features/account/sign-in-page'), 'SignInPage')
const ReviewsPage = page(() => import('../features/reviews/reviews-page'), 'ReviewsPage')
const ImportPlanPage = page(() => import('../features/import-plan/import-plan-page'), 'ImportPlanPage')
const PresentPage = page(() => import('../features/present/present-page'), 'PresentPage')

type Screen = ReturnType<typeof page>

/** The screens inside the app's layout, in the order they are matched; the same table boot preloads from. */
const layoutScreens: [pattern: string, Screen][] = [
  ['/', OverviewPage],
  ['/tasks', TasksPage],
  ['/tasks/:id', TaskDetailPage],
  ['/indicators', IndicatorsPage],
  ['/indicators/:id', IndicatorDetailPage],
  ['/owners', OwnersPage],
  ['/owners/:id', OwnerDetailPage],
  ['/changes', ChangesPage],
  ['/statuses', StatusesPage],
  ['/sign-in', SignInPage],
  ['/reviews', ReviewsPage],
  ['/import', ImportPlanPage],
]
const screens: [pattern: string, Screen][] = [['/present', PresentPage], ...layoutScreens]

/**
 * Boot: loads the chunk of the screen at `pathname` (the shell has preloaded it), so that the first render draws the
 * screen itself rather than a fallback that the screen then replaces. False when there is none or it fails to load.
 */
export function preloadScreen(pathname: string): Promise<boolean> {
  const screen = screens.find(([pattern]) => parseRoutePattern(pattern).pattern.test(pathname))?.[1]
  return screen
    ? screen.preload().then(
        () => true,
        () => false,
      )
    : Promise.resolve(false)
}

export function AppRoutes() {
  return (
    <ErrorBoundary>
      <RootShell>
        <Switch>
          {/* The presentation has no app chrome: it is the whole screen on a projector. */}
          <Route path="/present">
            <PresentPage />
          </Route>
          <Route>
            <Layout>
              <Switch>
                {layoutScreens.map(([pattern, Page]) => (
                  <Route key={pattern} path={pattern}>
                    <Page />
                  </Route>
                ))}
                <Route>
                  <NotFoundPage />
                </Route>
              </Switch>
            </Layout>
          </Route>
        </Switch>
      </RootShell>
    </ErrorBoundary>
  )
}
