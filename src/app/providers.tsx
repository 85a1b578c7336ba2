import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { I18n } from '../i18n/setup'
import { I18nProvider } from '../i18n/use-translation'

export function Providers({
  queryClient,
  i18n,
  children,
}: {
  queryClient: QueryClient
  i18n: I18n
  children: ReactNode
}) {
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nProvider>
  )
}
