// API bodies built once per data revision. Every request reads the revision (one cheap query); while it is
// unchanged, `GET /tasks` with 10,000 activities is a lookup, not 10,000 rows to read and serialise. The revision
// lives in the database, so several server processes on one PostgreSQL all notice a write by any of them.
import type { Representation } from './representation'

interface Entry {
  body: Promise<Representation | undefined>
  /** Known once built; counts towards maxBytes. */
  bytes: number
}

export interface RevisionCacheLimits {
  maxEntries: number
  /**
   * Bodies kept, in bytes before compression (compressed variants add a fraction more). Bounded because every
   * `?since=` date is its own body: a client walking through dates must not fill the memory.
   */
  maxBytes: number
}

export class RevisionCache {
  private revision: number | undefined
  private readonly entries = new Map<string, Entry>()
  private bytes = 0

  constructor(private readonly limits: RevisionCacheLimits = { maxEntries: 2000, maxBytes: 128 * 1024 * 1024 }) {}

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
      this.bytes = 0
      this.revision = revision
    }
    const cached = this.entries.get(key)
    if (cached) return cached.body
    const entry: Entry = { body: Promise.resolve(undefined), bytes: 0 }
    entry.body = build().then(async (built) => {
      if (built === undefined || !(await isStill(revision))) this.forget(key, entry)
      else if (this.entries.get(key) === entry) this.account(entry, built.body.byteLength)
      return built
    })
    entry.body.catch(() => this.forget(key, entry))
    this.entries.set(key, entry)
    this.evict()
    return entry.body
  }

  private account(entry: Entry, bytes: number) {
    entry.bytes = bytes
    this.bytes += bytes
    this.evict()
  }

  /** Oldest first (a Map iterates in insertion order). */
  private evict() {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) return
      this.forget(key, entry)
    }
  }

  private forget(key: string, entry: Entry) {
    if (this.entries.get(key) !== entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
  }
}
