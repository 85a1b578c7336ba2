import type { UseQueryResult } from '@tanstack/react-query'
import { Link } from '../router/links'
import { HttpError } from '../api/errors'
import { QueryError } from './query-state'
import { useKeptShellHeading } from './kept-shell-heading'
import { PageHeader } from './page-header'
import { Skeleton } from './skeleton'

interface DetailQueryStateProps {
  query: UseQueryResult<unknown>
  /** The page's heading while loading or failing, e.g. "Activity". */
  title: string
  /** What failed, in the user's words, for the error panel. */
  what: string
  notFound: { title: string; body: string; backTo: string; backLabel: string }
}

/**
 * The loading, not-found (404) and error states every detail page shares. The page renders its own view instead
 * once the data is there and handed over.
 */
export function DetailQueryState({ query, title, what, notFound }: DetailQueryStateProps) {
  const kept = useKeptShellHeading()
  // Loaded but not yet handed to the page (it renders in a transition): still the loading state.
  if (query.isPending || query.isSuccess) {
    return (
      <>
        <PageHeader title={kept?.title ?? title} documentTitle={kept?.text ?? title} shellHeading />
        <Skeleton lines={10} />
      </>
    )
  }
  if (query.isError && query.error instanceof HttpError && query.error.status === 404) {
    return (
      <>
        <PageHeader title={notFound.title} />
        <p>{notFound.body}</p>
        <p>
          <Link to={notFound.backTo}>{notFound.backLabel}</Link>
        </p>
      </>
    )
  }
  if (query.isError) {
    return (
      <>
        <PageHeader title={title} />
        <QueryError query={query} what={what} />
      </>
    )
  }
  return null
}
