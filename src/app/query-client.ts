import { QueryClient } from '@tanstack/react-query'
import { isRetryable } from '../api/errors'

const maxRetries = 3

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
