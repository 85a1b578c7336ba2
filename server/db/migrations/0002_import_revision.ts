// Imports (issue 14): 0001 made the `imports` table; applying a preview also needs the data revision it was made
// against (a plan changed since then is refused, 409) and a way to find old previews to expire.
// `rows` (0001) holds the workbook as read, which apply compares with the (unchanged) plan again.
import type { Kysely, Migration } from 'kysely'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's types
type AnyDb = Kysely<any>

export const importRevision: Migration = {
  async up(db: AnyDb) {
    // The table is empty until this release (nothing wrote to it), so the default never stands for a real preview.
    await db.schema
      .alterTable('imports')
      .addColumn('base_revision', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema.createIndex('imports_created_at').on('imports').column('created_at').execute()
  },
}
