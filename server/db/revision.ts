// The data revision: one row bumped in every write transaction. Reading it (Database.readRevision) is one
// primary-key lookup, so every request can ask whether a body built earlier is still current, and several
// processes on one PostgreSQL stay correct.
import { sql, type Kysely } from 'kysely'
import type { Schema } from './schema'

/** Call inside the write's own transaction, so the new data and the new revision commit together. */
export async function bumpRevision(tx: Kysely<Schema>): Promise<void> {
  await tx
    .updateTable('revision')
    .set({ value: sql`value + 1` })
    .where('id', '=', 1)
    .execute()
}

/**
 * The bump of a write that must not land on data it has not seen (an import applies what was previewed at
 * `expected`): false, and nothing bumped, when another write came first. The row stays locked until the
 * transaction ends, so no write can slip in between this check and the commit.
 */
export async function bumpRevisionFrom(tx: Kysely<Schema>, expected: number): Promise<boolean> {
  const result = await tx
    .updateTable('revision')
    .set({ value: expected + 1 })
    .where('id', '=', 1)
    .where('value', '=', expected)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
