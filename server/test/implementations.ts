// The three implementations of contract v1 behind one interface, so one suite asks them all the same questions
// (STYLE.md: "the contract tests take the implementation as a parameter").
import { getResponse } from 'msw'
import { resetDb } from '../../mocks/data/db'
import { handlers } from '../../mocks/handlers'
import { createApp } from '../app'
import { engines, seededDatabase, type TestDatabase } from './databases'

/** The sample plan's reference day (mocks/data/tasks.json), so its dates read exactly as written. */
export const pinnedNow = new Date(2026, 5, 1, 10, 0, 0)

export interface Implementation {
  /** GET (or another method) on a path under /api/v1. */
  request(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

const origin = 'http://127.0.0.1'

async function mockApi(): Promise<Implementation> {
  resetDb(pinnedNow)
  return {
    request: async (path, init) => {
      const response = await getResponse(handlers, new Request(`${origin}/api/v1${path}`, init))
      return response ?? new Response(null, { status: 404 })
    },
    close: async () => {},
  }
}

function serverOn(open: () => Promise<TestDatabase>) {
  return async (): Promise<Implementation> => {
    const test = await seededDatabase(open, pinnedNow)
    const app = createApp({ db: test.db, clock: () => pinnedNow, config: {} })
    return { request: async (path, init) => app.request(`/api/v1${path}`, init), close: test.dispose }
  }
}

export const mockImplementation: [string, () => Promise<Implementation>] = ['mock API', mockApi]

export const serverImplementations: [string, () => Promise<Implementation>][] = engines.map(([name, open]) => [
  `server on ${name}`,
  serverOn(open),
])
