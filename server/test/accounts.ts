// Accounts and signed-in requests for tests: one app on a seeded database with a user of every role.
import { addAccount } from '../auth/accounts'
import { createApp, type AppConfig } from '../app'
import type { Logger } from '../logger'
import { seededDatabase, type TestDatabase } from './databases'
import { pinnedNow } from './implementations'

export const password = 'correct horse battery staple'

export const people = {
  viewer: { email: 'viewer@example.kz', name: 'Vera Viewer', role: 'viewer' },
  reporter: { email: 'reporter@example.kz', name: 'Ruslan Reporter', role: 'reporter', ownerId: 'moe' },
  otherReporter: { email: 'other@example.kz', name: 'Olga Other', role: 'reporter', ownerId: 'mshe' },
  secretariat: { email: 'sec@example.kz', name: 'Saule Secretariat', role: 'secretariat' },
} as const
export type Person = keyof typeof people

export interface TestApp {
  test: TestDatabase
  request(path: string, init?: RequestInit & { as?: Person | string }): Promise<Response>
  /** The session cookie (`name=value`) of a fresh sign-in. */
  signIn(who: Person): Promise<string>
  json(path: string, body: unknown, init?: RequestInit & { as?: Person | string }): Promise<Response>
  /** The same database behind a second app with another configuration. */
  withConfig(config: AppConfig): TestApp
  close(): Promise<void>
}

export function cookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? ''
  return header.split(';')[0] ?? ''
}

interface Options {
  config?: AppConfig
  logger?: Logger
  clock?: () => Date
}

export async function testApp(open: () => Promise<TestDatabase>, options: Options = {}): Promise<TestApp> {
  const test = await seededDatabase(open, pinnedNow)
  for (const person of Object.values(people)) await addAccount(test.db.kysely, { ...person, password }, pinnedNow)
  return appOn(test, options)
}

function appOn(test: TestDatabase, options: Options): TestApp {
  const app = createApp({
    db: test.db,
    clock: options.clock ?? (() => pinnedNow),
    config: options.config ?? {},
    ...(options.logger ? { logger: options.logger } : {}),
  })
  const cookies = new Map<string, string>()
  const raw = (path: string, init: RequestInit = {}) => app.request(`/api/v1${path}`, init)
  const signIn = async (who: Person) => {
    const response = await raw('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: people[who].email, password }),
    })
    if (response.status !== 200) throw new Error(`sign-in of ${who}: ${response.status}`)
    return cookieOf(response)
  }
  const request = async (path: string, { as, ...init }: RequestInit & { as?: Person | string } = {}) => {
    const headers = new Headers(init.headers)
    if (as !== undefined) {
      const cookie = as in people ? (cookies.get(as) ?? (await signIn(as as Person))) : as
      if (as in people) cookies.set(as, cookie)
      headers.set('cookie', cookie)
    }
    return raw(path, { ...init, headers })
  }
  return {
    test,
    request,
    signIn,
    json: (path, body, init = {}) =>
      request(path, {
        method: 'POST',
        ...init,
        headers: { 'content-type': 'application/json', ...Object.fromEntries(new Headers(init.headers)) },
        body: JSON.stringify(body),
      }),
    withConfig: (config) => appOn(test, { ...options, config }),
    close: test.dispose,
  }
}
