// The data kept in the browser so the dashboard opens without a network (docs/decisions/0011-offline-meetings.md).
// Loaded lazily, after the first paint: nothing here is on the first screen's critical path.
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'
import { dehydrate, type Query, type QueryClient } from '@tanstack/react-query'
import { persistQueryClient, persistQueryClientSave, type PersistedClient } from '@tanstack/react-query-persist-client'
import { del, get, set } from 'idb-keyval'
import { blobInSlices, stringifyInSlices, textInSlices, type Priority } from './slices'

/**
 * What is kept: the plan's own data, the same for everyone the server lets read it, and in no language (texts carry
 * kk, ru and en together). Never the session, reports, reviews or the audit log: they depend on who is signed in.
 */
const keptRoots = new Set(['plan', 'owners', 'tasks', 'indicators', 'updates'])

/** Only answers the server gave and the contract accepted: never a failure, a pending request or a placeholder. */
export function isKeptQuery(query: Pick<Query, 'queryKey' | 'state'>): boolean {
  return keptRoots.has(String(query.queryKey[0])) && query.state.status === 'success'
}

/** A month: a plan reviewed each quarter is still worth showing, with its date, after a long trip. */
export const keptDataMaxAge = 30 * 24 * 60 * 60 * 1000
const storageKey = 'sdg4-kept-data'

export interface KeptDataStorage {
  getItem: (key: string) => Promise<string | null | undefined>
  /** `priority`: how the write gives way to the page (slices.ts); `background` unless the reader waits for it. */
  setItem: (key: string, value: string, priority?: Priority) => Promise<void>
  removeItem: (key: string) => Promise<void>
}

/**
 * IndexedDB (through idb-keyval): asynchronous, not limited to localStorage's few megabytes. The text goes in as a
 * Blob encoded in slices: a string put into IndexedDB is copied on the page's thread, 55–80 ms for the 5 MB of
 * 10,000 activities in one task; a Blob is stored by reference.
 */
export const browserStorage: KeptDataStorage = {
  getItem: async (key) => {
    const value: unknown = await get(key)
    return value instanceof Blob ? textInSlices(value.stream()) : (value as string | undefined)
  },
  setItem: async (key, value, priority) => set(key, await blobInSlices(value, 'application/json', priority)),
  removeItem: del,
}

/**
 * Signing out forgets the kept data, and a write begun before it (what the signed-in reader could see) must not land
 * after it: forgetting starts a new generation, a write from an older one is dropped before it reaches the storage,
 * and the delete waits for the writes already there.
 */
let generation = 0
const writesUnderWay = new Set<Promise<void>>()

async function writeKept(storage: KeptDataStorage, text: string, startedIn: number, priority: Priority) {
  if (startedIn !== generation) return
  const write = storage.setItem(storageKey, text, priority)
  writesUnderWay.add(write)
  try {
    await write
  } finally {
    writesUnderWay.delete(write)
  }
}

function keptState(queryClient: QueryClient): PersistedClient {
  return {
    buster: import.meta.env.VITE_KEPT_DATA_VERSION,
    timestamp: Date.now(),
    clientState: dehydrate(queryClient, {
      shouldDehydrateQuery: isKeptQuery,
      // A mutation waiting for the network would carry what was typed, a password included: never kept.
      shouldDehydrateMutation: () => false,
    }),
  }
}

/**
 * Restores the kept data into `queryClient` and keeps what it fetches from now on (at most one write a second,
 * written in slices: src/api/slices.ts).
 * A `401` on a read means the server wants an account this browser no longer has: what was kept under it goes.
 * Returns a function that stops keeping, and a promise for the end of the restore.
 */
export function keepData(queryClient: QueryClient, storage: KeptDataStorage = browserStorage) {
  // Kept queries stay in memory while they are kept: a query the cache let go would drop out of the next save.
  for (const root of keptRoots) queryClient.setQueryDefaults([root], { gcTime: Infinity })
  // The persister serializes, then writes, one save at a time: a save began in the generation its serialize saw.
  let savingIn = generation
  const persister = createAsyncStoragePersister({
    storage: { ...storage, setItem: (_key, text) => writeKept(storage, text, savingIn, 'background') },
    key: storageKey,
    throttleTime: 1000,
    serialize: (client) => {
      savingIn = generation
      return stringifyInSlices(client)
    },
  })
  const options = {
    queryClient,
    persister,
    maxAge: keptDataMaxAge,
    buster: import.meta.env.VITE_KEPT_DATA_VERSION,
    dehydrateOptions: { shouldDehydrateQuery: isKeptQuery, shouldDehydrateMutation: () => false },
  }
  const [stopKeeping, restoring] = persistQueryClient(options)
  // Keeping starts once the restore is done; what loaded before that is written now.
  const restored = restoring.then(() => persistQueryClientSave(options))
  const stopWatching = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return
    const error = event.action.error
    if (isUnauthorised(error) && keptRoots.has(String(event.query.queryKey[0]))) {
      queryClient.removeQueries({ type: 'inactive', predicate: (query) => keptRoots.has(String(query.queryKey[0])) })
      void forgetKeptData(storage) // and a write under way from before the 401 must not put it back
    }
  })
  const stop = () => {
    stopKeeping()
    stopWatching()
  }
  return { stop, restored }
}

// HttpError's shape rather than its class: importing errors.ts here would split it out of the first screen's chunk.
const isUnauthorised = (error: unknown) =>
  error instanceof Error && error.name === 'HttpError' && (error as { status?: unknown }).status === 401

/** Writes what is kept now, without waiting for the next throttled write ("Keep for the meeting" says when). */
export async function saveKeptDataNow(queryClient: QueryClient, storage: KeptDataStorage = browserStorage) {
  const startedIn = generation
  // The reader waits for this one: it comes back first in line, where the throttled keeping lets the page go first.
  const text = await stringifyInSlices(keptState(queryClient), 'user-visible')
  await writeKept(storage, text, startedIn, 'user-visible')
}

/** Signing out: what this browser kept goes (the session's sign-out clears the memory, src/api/session.ts). */
export async function forgetKeptData(storage: KeptDataStorage = browserStorage) {
  generation++
  await Promise.allSettled(writesUnderWay)
  await storage.removeItem(storageKey)
}
