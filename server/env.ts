// What every request handler can reach through `c.var`.
import type { Database } from './db/database'
import type { RevisionCache } from './http/revision-cache'

export type Clock = () => Date

export interface AppEnv {
  Variables: {
    db: Database
    cache: RevisionCache
    clock: Clock
  }
}
