import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../api/session'

/** Who is signed in: `user` is `null` when signed out and `undefined` while the session is not known yet. */
export function useSession() {
  const query = useQuery(sessionQueries.current())
  return { query, user: query.data }
}

/** Where `/sign-in` goes back to: a path on this site only (never `//host`), else the overview. */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/'
}

/** The link to `/sign-in` that returns to `path` afterwards. */
export function signInHref(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`
}
