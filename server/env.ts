// What every request handler can reach through `c.var`.
import type { User } from '../src/api/schemas-v1-1'
import type { Database } from './db/database'
import type { RevisionCache } from './http/revision-cache'

export type Clock = () => Date

export interface AppEnv {
  Variables: {
    db: Database
    cache: RevisionCache
    clock: Clock
    /** The signed-in user, when the request carries a live session. */
    user?: User
    /** The client's address, for sign-in throttling. */
    address: string
  }
}
