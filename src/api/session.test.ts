import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { sessionMutations, sessionQueries } from './session'

test('signing out forgets what this browser fetched: kept aside data goes, what is on screen loads again', async () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  queryClient.setQueryData(sessionQueries.key(), {
    id: 'u-1',
    name: 'MoE reporter',
    email: 'moe@demo.sdg4.kz',
    role: 'reporter',
  })
  queryClient.setQueryData(['tasks', 'detail', 't-001'], { id: 't-001' })
  queryClient.setQueryData(['reports', 'list', {}], { items: [] })
  const planFetches = vi.fn(async () => ({ fetched: planFetches.mock.calls.length }))
  const onScreen = new QueryObserver(queryClient, { queryKey: ['plan'], queryFn: planFetches })
  const stopWatching = onScreen.subscribe(() => undefined)
  await vi.waitFor(() => expect(queryClient.getQueryData(['plan'])).toEqual({ fetched: 1 }))

  // Whatever the server answers (the mock has no session here: 401), the browser forgets.
  await queryClient
    .getMutationCache()
    .build(queryClient, sessionMutations.signOut(queryClient))
    .execute(undefined)
    .catch(() => undefined)

  expect(queryClient.getQueryData(sessionQueries.key())).toBeNull()
  expect(queryClient.getQueryData(['tasks', 'detail', 't-001'])).toBeUndefined()
  expect(queryClient.getQueryData(['reports', 'list', {}])).toBeUndefined()
  await vi.waitFor(() => expect(planFetches).toHaveBeenCalledTimes(2))
  stopWatching()
})
