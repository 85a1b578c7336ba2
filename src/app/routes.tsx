import { lazy, type ComponentType } from 'react'
import { ErrorBoundary } from './error-boundary'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { RootShell } from './root-shell'
import { Route, Switch } from '../router/app-router'

// Each screen is its own chunk: the first screen loads only its own code (see the bundle budget). Navigation runs in
// a React transition, so the old screen stays until the new one is ready and focus lands on a real heading.
const page = <T extends string>(load: () => Promise<Record<T, ComponentType>>, name: T) =>
  lazy(() => load().then((module) => ({ default: module[name] })))

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
                <Route path="/">
                  <OverviewPage />
                </Route>
                <Route path="/tasks">
                  <TasksPage />
                </Route>
                <Route path="/tasks/:id">
                  <TaskDetailPage />
                </Route>
                <Route path="/indicators">
                  <IndicatorsPage />
                </Route>
                <Route path="/indicators/:id">
                  <IndicatorDetailPage />
                </Route>
                <Route path="/owners">
                  <OwnersPage />
                </Route>
                <Route path="/owners/:id">
                  <OwnerDetailPage />
                </Route>
                <Route path="/changes">
                  <ChangesPage />
                </Route>
                <Route path="/statuses">
                  <StatusesPage />
                </Route>
                <Route path="/sign-in">
                  <SignInPage />
                </Route>
                <Route path="/reviews">
                  <ReviewsPage />
                </Route>
                <Route path="/import">
                  <ImportPlanPage />
                </Route>
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
