import { mutationOptions, queryOptions, type Query, type QueryClient } from '@tanstack/react-query'
import { getJson, sendJson } from './client'
import { HttpError } from './errors'
import type { SignIn, User } from './schemas-v1-1'

/** The signed-in user, or `null` when signed out (`401` is an answer here, not an error). */
export async function fetchSession(signal?: AbortSignal): Promise<User | null> {
  try {
    return await getJson('/session', (contract) => contract.userSchema, { signal })
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return null
    throw error
  }
}

export const sessionQueries = {
  key: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: sessionQueries.key(),
      queryFn: ({ signal }) => fetchSession(signal),
      staleTime: 5 * 60_000,
    }),
}

export const signIn = (input: SignIn) => sendJson('POST', '/session', input, (contract) => contract.userSchema)
export const signOut = () => sendJson('DELETE', '/session', undefined, null)

export const sessionMutations = {
  signIn: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['session', 'sign-in'],
      mutationFn: signIn,
      onSuccess: (user) => {
        queryClient.setQueryData(sessionQueries.key(), user)
        // What one may see (reports) depends on who asks.
        void queryClient.invalidateQueries({ queryKey: ['reports'] })
      },
    }),
  signOut: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['session', 'sign-out'],
      mutationFn: signOut,
      onSettled: () => forgetFetchedData(queryClient),
    }),
}

/**
 * Signing out forgets what this browser fetched (docs/decisions/0011-offline-meetings.md): everything but the
 * session leaves memory, what is on screen loads again as a visitor may see it, and the data kept for offline use
 * is deleted. The store is only there in builds that keep data, and its code loads only then.
 */
function forgetFetchedData(queryClient: QueryClient) {
  queryClient.setQueryData(sessionQueries.key(), null)
  const notSession = (query: Query) => query.queryKey[0] !== sessionQueries.key()[0]
  queryClient.removeQueries({ type: 'inactive', predicate: notSession })
  void queryClient.resetQueries({ type: 'active', predicate: notSession })
  // Only once the memory is cleared: a save that begins after the forgetting then finds nothing of the signed-in
  // reader's, and one begun before it never lands (kept-data.ts).
  if (import.meta.env.VITE_OFFLINE === 'on') void import('./kept-data').then(({ forgetKeptData }) => forgetKeptData())
}

/** Whether `user` may report on a record owned by `ownerId` (the server decides; the client only hides). */
export function mayReport(user: User | null | undefined, ownerId: string | undefined): boolean {
  if (!user) return false
  if (user.role === 'secretariat') return true
  return user.role === 'reporter' && ownerId !== undefined && user.ownerId === ownerId
}

/** Whether `user` may see reports at all (a reporter their organisation's, the secretariat all). */
export function maySeeReports(user: User | null | undefined): boolean {
  return user?.role === 'reporter' || user?.role === 'secretariat'
}
