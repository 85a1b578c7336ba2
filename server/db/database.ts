// Opens the database: PostgreSQL when a URL is given, else the embedded SQLite file in the data folder. Everything
// else in the server talks to `Database['kysely']` and does not know which engine answers.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect } from 'kysely'
import pg from 'pg'
import { coalesceReads } from './coalesce'
import type { Engine } from './engine'
import type { Schema } from './schema'

export interface Database {
  engine: Engine
  kysely: Kysely<Schema>
  /** Where the data lives, without credentials, for logs and messages. */
  location: string
  /**
   * The data revision (revision.ts), read on every API request, so it skips the query builder: a statement
   * prepared once (SQLite) or a named prepared statement per connection (PostgreSQL).
   */
  readRevision(): Promise<number>
  close(): Promise<void>
}

export type DatabaseTarget = { databaseUrl: string; schema?: string } | { dataDir: string }

export const sqliteFileName = 'sdg4.sqlite'

const revisionSql = 'select value from revision where id = 1'

// SQLite runs DDL in transactions perfectly well; Kysely's adapter just says it does not. Saying so makes its
// migrator run every pending migration in one transaction here too, so `kill -9` mid-migration leaves the schema
// as it was before, never half-migrated.
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl() {
    return true
  }
}
class EmbeddedDialect extends SqliteDialect {
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter()
  }
}

function openSqlite(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, sqliteFileName)
  const sqlite = new BetterSqlite3(file)
  // WAL: readers never block the writer, so `npm run db:seed` or `users` can run beside the server on the same file.
  // synchronous=FULL: an acknowledged write survives a power cut too, not only a crashed process; writes are rare.
  // busy_timeout: a second process waits for the write lock instead of failing at once.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const kysely = new Kysely<Schema>({ dialect: new EmbeddedDialect({ database: sqlite }) })
  let revision: BetterSqlite3.Statement<[], number> | undefined
  const readRevision = async () => {
    // Prepared on first use: before the first migration there is no table to prepare it against.
    revision ??= sqlite.prepare<[], number>(revisionSql).pluck()
    return Number(revision.get())
  }
  return { engine: 'sqlite', kysely, location: file, readRevision, close: () => kysely.destroy() }
}

/** postgres://user:secret@host/db → postgres://user@host/db: never print a password. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.password = ''
    return parsed.toString()
  } catch {
    return '(unparsable DATABASE_URL)'
  }
}

function openPostgres(databaseUrl: string, schema: string | undefined): Database {
  // The schema goes into a connection option as text, so only plain identifiers (tests use `test_<hex>`).
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a plain schema name: ${schema}`)
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    // Fail fast while PostgreSQL is down, so a read answers 503 in a couple of seconds instead of hanging; the
    // pool opens fresh connections when it is back, so the server recovers without a restart.
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // An idle connection that dies (PostgreSQL restarted) is reported here; without a listener it would crash the
  // process. The pool drops it; the next query gets a new connection or a clear error.
  pool.on('error', () => {})
  // Likewise for a connection that dies while checked out between two queries: its query fails on its own.
  pool.on('connect', (client) => client.on('error', () => {}))
  const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) })
  const readRevision = coalesceReads(async () => {
    const result = await pool.query<{ value: number }>({ name: 'read-revision', text: revisionSql })
    return Number(result.rows[0]?.value)
  })
  return {
    engine: 'postgres',
    kysely,
    location: withoutPassword(databaseUrl),
    readRevision,
    close: () => kysely.destroy(),
  }
}

export function openDatabase(target: DatabaseTarget): Database {
  return 'databaseUrl' in target ? openPostgres(target.databaseUrl, target.schema) : openSqlite(target.dataDir)
}
