import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorPanel } from './error-panel'
import { Skeleton } from './skeleton'

interface QueryStateProps<T> {
  query: UseQueryResult<T>
  /** What failed, in the user's words ("the activities"), for the error panel. */
  what: string
  /** The skeleton's size while loading: reserve the space the content will take. */
  lines?: number
  height?: string
  /** The content once the data is here. Omit it to render only the loading and error states. */
  children?: (data: T) => ReactNode
}

/** The one way a widget shows its query: a skeleton while loading, an alert with Retry on failure, else its content. */
export function QueryState<T>({ query, what, lines = 3, height, children }: QueryStateProps<T>) {
  if (query.isPending) return <Skeleton lines={lines} height={height} />
  if (query.isError) return <QueryError query={query} what={what} />
  return children ? <>{children(query.data)}</> : null
}

/** Only the failure of a query whose loading state is shown elsewhere (or not at all). */
export function QueryError({
  query,
  what,
}: Pick<QueryStateProps<unknown>, 'what'> & { query: UseQueryResult<unknown> }) {
  if (!query.isError) return null
  return <ErrorPanel what={what} error={query.error} onRetry={() => void query.refetch()} />
}
