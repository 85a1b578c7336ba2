// API bodies built once per data revision. Every request reads the revision (one cheap query); while it is
// unchanged, `GET /tasks` with 10,000 activities is a lookup, not 10,000 rows to read and serialise. The revision
// lives in the database, so several server processes on one PostgreSQL all notice a write by any of them.
import type { Representation } from './representation'

export class RevisionCache {
  private revision: number | undefined
  private readonly entries = new Map<string, Promise<Representation | undefined>>()

  constructor(private readonly maxEntries = 2000) {}

  /**
   * The body for `key` at `revision`, built by `build` on a miss (concurrent misses share one build). `isStill`
   * tells after the build whether the revision is unchanged; if a write landed meanwhile the body may mix two
   * revisions, so it is sent once but not kept. An undefined result (not found) is not kept either.
   */
  async get(
    key: string,
    revision: number,
    build: () => Promise<Representation | undefined>,
    isStill: (revision: number) => Promise<boolean>,
  ): Promise<Representation | undefined> {
    if (revision !== this.revision) {
      this.entries.clear()
      this.revision = revision
    }
    const cached = this.entries.get(key)
    if (cached) return cached
    const pending: Promise<Representation | undefined> = build().then(async (built) => {
      if (built === undefined || !(await isStill(revision))) this.forget(key, pending)
      return built
    })
    this.entries.set(key, pending)
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    pending.catch(() => this.forget(key, pending))
    return pending
  }

  private forget(key: string, entry: Promise<Representation | undefined>) {
    if (this.entries.get(key) === entry) this.entries.delete(key)
  }
}
