import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigationType,
} from 'react-router'
import { Providers } from '../app/providers'
import { AppRoutes } from '../app/routes'
import type { Language } from '../i18n/languages'
import { createI18n } from '../i18n/setup'
import { allCatalogs } from './catalogs'

/** What a test can see of the router: where it is, how it got there, and Back/Forward. */
interface RouterHandle {
  state: { location: Location; historyAction: NavigationType }
  navigate: (delta: number) => Promise<void>
}

function RouterProbe({ onRender }: { onRender: (handle: RouterHandle) => void }) {
  const location = useLocation()
  const historyAction = useNavigationType()
  const navigate = useNavigate()
  onRender({ state: { location, historyAction }, navigate: async (delta) => navigate(delta) })
  return null
}

/** Renders the whole app at `path` through the real providers, routes and (mocked) network. */
export function renderRoute(path: string, { language = 'en' as Language } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  const i18n = createI18n(language, allCatalogs)
  const router = {} as RouterHandle
  const user = userEvent.setup()
  const view = render(
    <Providers queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <RouterProbe onRender={(handle) => Object.assign(router, handle)} />
        <AppRoutes />
      </MemoryRouter>
    </Providers>,
  )
  return { ...view, user, router, i18n, queryClient }
}
