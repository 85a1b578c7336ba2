import { createBrowserRouter, RouterProvider } from 'react-router'
import { createI18n } from '../i18n/setup'
import { detectLanguage } from '../i18n/languages'
import { Providers } from './providers'
import { createQueryClient } from './query-client'
import { routes } from './routes'

const router = createBrowserRouter(routes)
const queryClient = createQueryClient()
const i18n = createI18n(detectLanguage(window.location.search))
document.documentElement.lang = i18n.language

export function App() {
  return (
    <Providers queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>
  )
}
