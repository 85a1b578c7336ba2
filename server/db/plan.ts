import type { Kysely } from 'kysely'
import type { Plan } from '../../src/api/schemas'
import { readRequiredLocalized } from './localized'
import type { Schema } from './schema'

/** The plan (there is one), with its sections when it has any; undefined before the first seed. */
export async function getPlan(db: Kysely<Schema>): Promise<Plan | undefined> {
  const row = await db.selectFrom('plans').selectAll().orderBy('id').limit(1).executeTakeFirst()
  if (!row) return undefined
  const sections = await db
    .selectFrom('plan_sections')
    .selectAll()
    .where('plan_id', '=', row.id)
    .orderBy('position')
    .execute()
  return {
    id: row.id,
    title: readRequiredLocalized(row, 'title', `plan ${row.id}`),
    committee: readRequiredLocalized(row, 'committee', `plan ${row.id}`),
    period: { start: row.period_start, end: row.period_end },
    updatedAt: row.updated_at,
    ...(sections.length > 0
      ? {
          sections: sections.map((s) => ({
            code: s.code,
            title: readRequiredLocalized(s, 'title', `plan section ${s.code}`),
          })),
        }
      : {}),
  }
}
