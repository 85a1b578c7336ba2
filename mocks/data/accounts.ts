// The mock API's sample accounts and its one session. Demo only (docs/demo-accounts.md): every account has the
// password `demo-sdg4`. The session is not a cookie: the signed-in user's id is kept in memory and, in a browser, in
// sessionStorage, so a reload keeps you signed in and closing the tab signs you out. One session per tab.
import type { Owner } from '../../src/api/schemas'
import type { User } from '../../src/api/schemas-v1-1'

export const demoPassword = 'demo-sdg4'
export const demoDomain = 'demo.sdg4.kz'

export function sampleAccounts(owners: Owner[]): User[] {
  return [
    { id: 'u-secretariat', name: 'Aigerim Secretariat', email: `secretariat@${demoDomain}`, role: 'secretariat' },
    { id: 'u-viewer', name: 'Daniyar Viewer', email: `viewer@${demoDomain}`, role: 'viewer' },
    ...owners.map(
      (owner): User => ({
        id: `u-${owner.id}`,
        name: `${owner.shortName?.en ?? owner.id} reporter`,
        email: `${owner.id}@${demoDomain}`,
        role: 'reporter',
        ownerId: owner.id,
      }),
    ),
  ]
}

const storageKey = 'sdg4-mock-session'
let signedIn: string | null = null

interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

function storage(): KeyValueStore | undefined {
  try {
    return (globalThis as { sessionStorage?: KeyValueStore }).sessionStorage
  } catch {
    return undefined
  }
}

export const mockSession = {
  userId(): string | null {
    return signedIn ?? storage()?.getItem(storageKey) ?? null
  },
  start(userId: string): void {
    signedIn = userId
    storage()?.setItem(storageKey, userId)
  },
  end(): void {
    signedIn = null
    storage()?.removeItem(storageKey)
  },
}
