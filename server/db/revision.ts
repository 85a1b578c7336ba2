// The data revision: one row bumped in every write transaction. Reading it is one indexed lookup, so every request
// can ask whether a body built earlier is still current, and several processes on one PostgreSQL stay correct.
import { sql, type Kysely } from 'kysely'
import type { Schema } from './schema'

export async function currentRevision(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom('revision').select('value').where('id', '=', 1).executeTakeFirstOrThrow()
  return Number(row.value)
}

/** Call inside the write's own transaction, so the new data and the new revision commit together. */
export async function bumpRevision(tx: Kysely<Schema>): Promise<void> {
  await tx
    .updateTable('revision')
    .set({ value: sql`value + 1` })
    .where('id', '=', 1)
    .execute()
}
