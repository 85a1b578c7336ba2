import { QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Providers } from '../app/providers'
import { AppRoutes } from '../app/routes'
import type { Language } from '../i18n/languages'
import { createI18n } from '../i18n/setup'
import { AppRouter } from '../router/app-router'
import { memoryHistory, type HistoryAction, type RouterLocation } from '../router/history'
import { allCatalogs } from './catalogs'

/** What a test can see of the router: where it is, how it got there, and Back/Forward. */
interface RouterHandle {
  readonly state: { location: RouterLocation; historyAction: HistoryAction }
  navigate: (delta: number) => Promise<void>
}

/** Renders the whole app at `path` through the real providers, routes and (mocked) network. */
export function renderRoute(path: string, { language = 'en' as Language } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  const i18n = createI18n(language, allCatalogs)
  const history = memoryHistory(path)
  const router: RouterHandle = {
    get state() {
      return { location: history.location, historyAction: history.action }
    },
    navigate: (delta) => act(async () => history.go(delta)),
  }
  const user = userEvent.setup()
  const view = render(
    <Providers queryClient={queryClient} i18n={i18n}>
      <AppRouter history={history}>
        <AppRoutes />
      </AppRouter>
    </Providers>,
  )
  return { ...view, user, router, i18n, queryClient }
}
