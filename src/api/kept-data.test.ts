import { QueryClient, type Query } from '@tanstack/react-query'
import { HttpError } from './errors'
import {
  forgetKeptData,
  isKeptQuery,
  keepData,
  keptDataMaxAge,
  saveKeptDataNow,
  type KeptDataStorage,
} from './kept-data'
import { stubScheduler } from '../test/stub-scheduler'

// IndexedDB, where browserStorage writes: jsdom has none.
const indexedDb = vi.hoisted(() => new Map<string, unknown>())
vi.mock('idb-keyval', () => ({
  get: async (key: string) => indexedDb.get(key),
  set: async (key: string, value: unknown) => void indexedDb.set(key, value),
  del: async (key: string) => void indexedDb.delete(key),
}))

/** IndexedDB's stand-in: jsdom has none, and what matters is what gets written. */
function memoryStorage(): KeptDataStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: async (key) => items.get(key),
    setItem: async (key, value) => void items.set(key, value),
    removeItem: async (key) => void items.delete(key),
  }
}

/** A storage whose writes last until the test lets them finish, as a big copy's may in IndexedDB. */
function slowStorage() {
  const storage = memoryStorage()
  const writing: (() => void)[] = []
  return {
    ...storage,
    setItem: (key: string, value: string) =>
      new Promise<void>((resolve) => writing.push(() => resolve(void storage.items.set(key, value)))),
    writesStarted: () => writing.length,
    finishWrites: () => writing.splice(0).forEach((finish) => finish()),
  }
}

const keptKeys = (storage: { items: Map<string, string> }): unknown[][] => {
  const saved = [...storage.items.values()][0]
  if (!saved) return []
  return (JSON.parse(saved) as { clientState: { queries: { queryKey: unknown[] }[] } }).clientState.queries.map(
    (query) => query.queryKey,
  )
}

const query = (queryKey: unknown[], status: 'success' | 'error' | 'pending') =>
  ({ queryKey, state: { status } }) as unknown as Query

test.each([
  [['plan'], 'success', true],
  [['owners', 'list'], 'success', true],
  [['tasks', 'list'], 'success', true],
  [['tasks', 'detail', 't-001'], 'success', true],
  [['indicators', 'detail', 'ind-4-1-1-math'], 'success', true],
  [['updates', 'since', '2026-01-01'], 'success', true],
  [['tasks', 'list'], 'error', false],
  [['tasks', 'list'], 'pending', false],
  [['session'], 'success', false],
  [['reports', 'list', { state: 'submitted' }], 'success', false],
  [['audit'], 'success', false],
] as const)('%j (%s) is kept: %s', (queryKey, status, kept) => {
  expect(isKeptQuery(query([...queryKey], status))).toBe(kept)
})

test('only plan data is written: not the session, not reports, not a failure, never a mutation', async () => {
  const queryClient = new QueryClient()
  queryClient.setQueryData(['plan'], { id: 'plan' })
  queryClient.setQueryData(['tasks', 'list'], { items: [] })
  queryClient.setQueryData(['session'], { id: 'u-1', role: 'reporter' })
  queryClient.setQueryData(['reports', 'list', {}], { items: [] })
  queryClient.getMutationCache().build(queryClient, { mutationKey: ['session', 'sign-in'] }).state.variables = {
    password: 'secret',
  }
  const storage = memoryStorage()
  await saveKeptDataNow(queryClient, storage)
  expect(keptKeys(storage)).toEqual([['plan'], ['tasks', 'list']])
  expect([...storage.items.values()][0]).not.toContain('secret')
})

test('kept data comes back into a fresh cache with the time it was fetched', async () => {
  const storage = memoryStorage()
  const before = new QueryClient()
  before.setQueryData(['plan'], { id: 'plan' }, { updatedAt: Date.parse('2026-06-14T18:00:00+05:00') })
  await saveKeptDataNow(before, storage)

  const after = new QueryClient()
  const keeping = keepData(after, storage)
  await keeping.restored
  keeping.stop()
  expect(after.getQueryData(['plan'])).toEqual({ id: 'plan' })
  expect(after.getQueryState(['plan'])?.dataUpdatedAt).toBe(Date.parse('2026-06-14T18:00:00+05:00'))
})

test.each([
  ['longer than a month ago', () => ({ timestamp: Date.now() - keptDataMaxAge - 1 })],
  ['by another version of the contract', () => ({ buster: 'another-contract' })],
])('data kept %s is thrown away', async (_, change) => {
  const storage = memoryStorage()
  const before = new QueryClient()
  before.setQueryData(['plan'], { id: 'plan' })
  await saveKeptDataNow(before, storage)
  const [key, saved] = [...storage.items][0]!
  storage.items.set(key, JSON.stringify({ ...JSON.parse(saved), ...change() }))

  const after = new QueryClient()
  const keeping = keepData(after, storage)
  await keeping.restored
  keeping.stop()
  expect(after.getQueryData(['plan'])).toBeUndefined()
  expect(keptKeys(storage)).toEqual([])
})

test('what loaded before the restore finished is written once it has', async () => {
  const storage = memoryStorage()
  const queryClient = new QueryClient()
  queryClient.setQueryData(['owners', 'list'], { items: [] })
  const keeping = keepData(queryClient, storage)
  await keeping.restored
  keeping.stop()
  expect(keptKeys(storage)).toEqual([['owners', 'list']])
})

test('a 401 on plan data (the server now wants an account) deletes what was kept', async () => {
  const storage = memoryStorage()
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  queryClient.setQueryData(['plan'], { id: 'plan' })
  const keeping = keepData(queryClient, storage)
  await keeping.restored
  expect(keptKeys(storage)).toEqual([['plan']])
  await queryClient
    .fetchQuery({
      queryKey: ['tasks', 'list'],
      queryFn: () => Promise.reject(new HttpError('/api/v1/tasks', 401)),
    })
    .catch(() => undefined)
  await vi.waitFor(() => expect(storage.items.size).toBe(0))
  expect(queryClient.getQueryData(['plan'])).toBeUndefined()
  keeping.stop()
})

test('forgetting deletes the kept data', async () => {
  const storage = memoryStorage()
  const queryClient = new QueryClient()
  queryClient.setQueryData(['plan'], { id: 'plan' })
  await saveKeptDataNow(queryClient, storage)
  await forgetKeptData(storage)
  expect(storage.items.size).toBe(0)
})

test.each([
  ['"Keep for the meeting"', saveKeptDataNow],
  [
    'the keeping in the background',
    async (queryClient: QueryClient, storage: KeptDataStorage) => {
      const keeping = keepData(queryClient, storage)
      await keeping.restored
      keeping.stop()
    },
  ],
])('a write by %s still under way when the reader signs out does not bring the kept data back', async (_, save) => {
  const storage = slowStorage()
  const queryClient = new QueryClient()
  queryClient.setQueryData(['plan'], { id: 'plan' })
  const saving = save(queryClient, storage)
  await vi.waitFor(() => expect(storage.writesStarted()).toBe(1))
  const forgetting = forgetKeptData(storage)
  storage.finishWrites()
  await Promise.all([saving, forgetting])
  expect(storage.items.size).toBe(0)
})

test('a save begun before the reader signs out, not yet writing, writes nothing', async () => {
  const storage = memoryStorage()
  const queryClient = new QueryClient()
  queryClient.setQueryData(['plan'], { id: 'plan' })
  const saving = saveKeptDataNow(queryClient, storage)
  await forgetKeptData(storage)
  await saving
  expect(storage.items.size).toBe(0)
})

describe('who goes first', () => {
  // Chromium's scheduler (stubScheduler), and a clock by which every slice has used its time: each pause yields.
  beforeEach(() => {
    indexedDb.clear()
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10))
  })
  afterEach(() => vi.unstubAllGlobals())
  const planWithTasks = () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(['plan'], { id: 'plan' })
    queryClient.setQueryData(['tasks', 'list'], { items: Array.from({ length: 100 }, (_, i) => ({ id: `t-${i}` })) })
    return queryClient
  }

  test('"Keep for the meeting", which the reader waits for, comes back first in line, written and encoded', async () => {
    const scheduler = stubScheduler()
    await saveKeptDataNow(planWithTasks())
    expect(scheduler.yield).toHaveBeenCalled()
    expect(scheduler.postTask).not.toHaveBeenCalled()
  })

  test('the keeping in the background lets what is waiting go first', async () => {
    const scheduler = stubScheduler()
    const keeping = keepData(planWithTasks())
    await keeping.restored
    keeping.stop()
    expect(scheduler.postTask).toHaveBeenCalled()
    expect(scheduler.postTask.mock.calls.every(([, options]) => options.priority === 'background')).toBe(true)
    expect(scheduler.yield).not.toHaveBeenCalled()
  })
})
