import type { RouteObject } from 'react-router'
import { Skeleton } from '../components/skeleton'
import { AppErrorPage } from './app-error-page'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { RootShell } from './root-shell'

// Each screen is its own chunk: the first screen loads only its own code (see the bundle budget).
export const routes: RouteObject[] = [
  {
    element: <RootShell />,
    errorElement: <AppErrorPage />,
    hydrateFallbackElement: <Skeleton lines={6} />,
    children: [
      {
        path: '/',
        element: <Layout />,
        children: [
          {
            errorElement: <AppErrorPage />,
            children: [
              {
                index: true,
                lazy: () => import('../features/overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
              },
              {
                path: 'tasks',
                lazy: () => import('../features/tasks/tasks-page').then((m) => ({ Component: m.TasksPage })),
              },
              {
                path: 'tasks/:id',
                lazy: () => import('../features/tasks/task-detail-page').then((m) => ({ Component: m.TaskDetailPage })),
              },
              {
                path: 'indicators',
                lazy: () =>
                  import('../features/indicators/indicators-page').then((m) => ({ Component: m.IndicatorsPage })),
              },
              {
                path: 'indicators/:id',
                lazy: () =>
                  import('../features/indicators/indicator-detail-page').then((m) => ({
                    Component: m.IndicatorDetailPage,
                  })),
              },
              {
                path: 'owners',
                lazy: () => import('../features/owners/owners-page').then((m) => ({ Component: m.OwnersPage })),
              },
              {
                path: 'owners/:id',
                lazy: () =>
                  import('../features/owners/owner-detail-page').then((m) => ({ Component: m.OwnerDetailPage })),
              },
              {
                path: 'changes',
                lazy: () => import('../features/changes/changes-page').then((m) => ({ Component: m.ChangesPage })),
              },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
      // The presentation has no app chrome: it is the whole screen on a projector.
      {
        path: '/present',
        lazy: () => import('../features/present/present-page').then((m) => ({ Component: m.PresentPage })),
      },
    ],
  },
]
