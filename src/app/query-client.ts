import { onlineManager, QueryClient } from '@tanstack/react-query'
import { isRetryable } from '../api/errors'

const maxRetries = 3

/**
 * TanStack Query assumes it starts online and learns otherwise only from an `offline` event, which a page opened
 * without a network never gets: its queries would fail after their retries instead of waiting, and the kept data
 * would hide behind an error. So it starts from what the browser says.
 */
export function startFromBrowserOnlineState(): void {
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine)
}

/** Retry network errors and 5xx with exponential backoff (1 s, 2 s, 4 s); never 4xx or contract breaks. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => failureCount < maxRetries && isRetryable(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
    },
  })
}
