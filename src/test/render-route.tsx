import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Providers } from '../app/providers'
import { routes } from '../app/routes'
import type { Language } from '../i18n/languages'
import { createI18n } from '../i18n/setup'

/** Renders the whole app at `path` through the real providers, router and (mocked) network. */
export function renderRoute(path: string, { language = 'en' as Language } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  const i18n = createI18n(language)
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const user = userEvent.setup()
  const view = render(
    <Providers queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>,
  )
  return { ...view, user, router, i18n, queryClient }
}
