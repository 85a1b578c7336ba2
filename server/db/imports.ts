// Import previews (issue 14): what an uploaded workbook would change, kept until it is applied, discarded or
// expires. The preview and the changes are JSON text on both engines; the state moves on with a conditional
// UPDATE, so of two applies racing exactly one wins.
import type { Kysely, Selectable } from 'kysely'
import type { ImportState } from '../../src/api/schemas-import'
import type { ImportTable, Schema } from './schema'

export type ImportRow = Selectable<ImportTable>

/** A preview older than this is gone: the plan has likely moved on, and an upload is quick to repeat. */
export const importLifetimeMs = 24 * 60 * 60 * 1000

export interface NewImport {
  id: string
  createdBy: string
  now: Date
  baseRevision: number
  preview: unknown
  /** The workbook as read (WorkbookRows): apply works the changes out from it again. */
  workbook: unknown
}

export async function insertImport(db: Kysely<Schema>, input: NewImport) {
  await db
    .insertInto('imports')
    .values({
      id: input.id,
      state: 'preview',
      created_by: input.createdBy,
      created_at: input.now.toISOString(),
      base_revision: input.baseRevision,
      preview: JSON.stringify(input.preview),
      rows: JSON.stringify(input.workbook),
    })
    .execute()
}

export function findImport(db: Kysely<Schema>, id: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst()
}

export const isExpired = (row: ImportRow, now: Date) => now.getTime() - Date.parse(row.created_at) >= importLifetimeMs

/** preview → applied or discarded; false when another request moved it first. */
export async function leavePreview(db: Kysely<Schema>, id: string, state: Exclude<ImportState, 'preview'>) {
  const result = await db
    .updateTable('imports')
    .set({ state })
    .where('id', '=', id)
    .where('state', '=', 'preview')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * Imports past their lifetime, whatever their state: a 10,000-row preview is megabytes of JSON, and the audit log
 * (not this table) is the record of what an apply changed.
 */
export async function deleteExpiredImports(db: Kysely<Schema>, now: Date) {
  const cutoff = new Date(now.getTime() - importLifetimeMs).toISOString()
  await db.deleteFrom('imports').where('created_at', '<=', cutoff).execute()
}
