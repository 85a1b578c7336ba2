import type { I18n } from '../i18n/setup'
import { AppRouter } from '../router/app-router'
import { Providers } from './providers'
import { createQueryClient, startFromBrowserOnlineState } from './query-client'
import { AppRoutes } from './routes'

startFromBrowserOnlineState()
const queryClient = createQueryClient()

export function App({ i18n }: { i18n: I18n }) {
  return (
    <Providers queryClient={queryClient} i18n={i18n}>
      <AppRouter>
        <AppRoutes />
      </AppRouter>
    </Providers>
  )
}
