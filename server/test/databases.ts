// Fresh databases for tests: a new SQLite file in a temp folder, or a new schema in TEST_DATABASE_URL's PostgreSQL,
// so test files and runs never see each other's data.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { samplePlan } from '../../mocks/data/sample-plan'
import { openDatabase, type Database } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { seedPlan } from '../db/seed'

export const testDatabaseUrl = process.env.TEST_DATABASE_URL

export interface TestDatabase {
  db: Database
  /** Closes the database and removes its file or schema. */
  dispose(): Promise<void>
}

export async function freshSqlite(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sdg4-test-'))
  const db = openDatabase({ dataDir })
  return {
    db,
    dispose: async () => {
      await db.close().catch(() => {})
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export async function freshPostgres(databaseUrl: string): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = openDatabase({ databaseUrl })
  await sql`create schema ${sql.id(schema)}`.execute(admin.kysely)
  const db = openDatabase({ databaseUrl, schema })
  return {
    db,
    dispose: async () => {
      await db.close().catch(() => {})
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.kysely)
      await admin.close()
    },
  }
}

/** The engines to test on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const engines: [name: string, open: () => Promise<TestDatabase>][] = [
  ['SQLite', freshSqlite],
  ...(testDatabaseUrl
    ? [['PostgreSQL', () => freshPostgres(testDatabaseUrl)] as [string, () => Promise<TestDatabase>]]
    : []),
]

/** A migrated database holding the sample plan as of `today`. */
export async function seededDatabase(open: () => Promise<TestDatabase>, today: Date): Promise<TestDatabase> {
  const test = await open()
  await migrateToLatest(test.db)
  await seedPlan(test.db.kysely, samplePlan(today), { now: today })
  return test
}
