import { lazy, type ComponentType } from 'react'
import { Route, Routes } from 'react-router'
import { ErrorBoundary } from './error-boundary'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { RootShell } from './root-shell'

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
      <Routes>
        <Route element={<RootShell />}>
          <Route element={<Layout />}>
            <Route index element={<OverviewPage />} />
            <Route path="tasks" element={<TasksPage />} />
            <Route path="tasks/:id" element={<TaskDetailPage />} />
            <Route path="indicators" element={<IndicatorsPage />} />
            <Route path="indicators/:id" element={<IndicatorDetailPage />} />
            <Route path="owners" element={<OwnersPage />} />
            <Route path="owners/:id" element={<OwnerDetailPage />} />
            <Route path="changes" element={<ChangesPage />} />
            <Route path="statuses" element={<StatusesPage />} />
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="reviews" element={<ReviewsPage />} />
            <Route path="import" element={<ImportPlanPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          {/* The presentation has no app chrome: it is the whole screen on a projector. */}
          <Route path="present" element={<PresentPage />} />
        </Route>
      </Routes>
    </ErrorBoundary>
  )
}
