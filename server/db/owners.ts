import type { Kysely } from 'kysely'
import type { Owner } from '../../src/api/schemas'
import { readLocalized, readRequiredLocalized } from './localized'
import type { Schema } from './schema'

/** In the plan's own order (the order they were loaded in). */
export async function listOwners(db: Kysely<Schema>): Promise<Owner[]> {
  const rows = await db.selectFrom('owners').selectAll().orderBy('position').orderBy('id').execute()
  return rows.map((row) => {
    const shortName = readLocalized(row, 'short_name')
    return {
      id: row.id,
      name: readRequiredLocalized(row, 'name', `owner ${row.id}`),
      ...(shortName ? { shortName } : {}),
      type: row.type as Owner['type'],
    }
  })
}
