// An import's life on the server (issue 14): an uploaded workbook becomes a stored preview (nothing written), which
// the secretariat applies (one transaction: the changes, the audit entry, the revision bump) or discards.
// The reading, checking and comparing are the workbook functions shared with the mock API (src/workbook/).
import { randomUUID } from 'node:crypto'
import type { ImportPreview } from '../../src/api/schemas-import'
import type { User } from '../../src/api/schemas-v1-1'
import { toImportPreview } from '../../src/workbook/format-import-error'
import type { WorkbookError } from '../../src/workbook/import-issues'
import type { ImportResult } from '../../src/workbook/import-result'
import { previewImport } from '../../src/workbook/preview-import'
import { readPlanWorkbook } from '../../src/workbook/read-workbook'
import type { WorkbookRows } from '../../src/workbook/workbook-rows'
import { writeAudit } from '../db/audit'
import type { Database } from '../db/database'
import { deleteExpiredImports, findImport, insertImport, isExpired, leavePreview, type ImportRow } from '../db/imports'
import { readPlanData } from '../db/plan-data'
import { writePlanChanges } from '../db/plan-changes'
import { bumpRevisionFrom } from '../db/revision'
import type { InterfaceLanguage } from '../http/language'

/** The workbook as a whole was refused (not a workbook, a zip bomb, macros, too many rows). */
export class WorkbookRefusedError extends Error {
  constructor(readonly refusal: WorkbookError) {
    super(refusal.code)
  }
}

/** Why an import cannot be applied; the route turns each into its status. */
export class ImportStateError extends Error {
  constructor(readonly reason: 'not_found' | 'expired' | 'discarded' | 'applied' | 'has_errors' | 'plan_changed') {
    super(reason)
  }
}

/** What the preview keeps: the issues as codes, so each reader sees them in their own language. */
type StoredPreview = Pick<ImportResult, 'counts' | 'sheets' | 'issues'>

export class NoPlanError extends Error {}

/** Parses and compares the upload; stores and returns the new preview's row. Writes nothing to the plan. */
export async function createImport(db: Database, bytes: Uint8Array, user: User, now: Date): Promise<ImportRow> {
  let read: Awaited<ReturnType<typeof readPlanWorkbook>>
  try {
    read = await readPlanWorkbook(bytes)
  } catch {
    // Whatever a hostile file makes the reader throw, the answer is the same clear refusal, never a 500.
    read = { ok: false, error: { code: 'not_a_workbook' } }
  }
  if (!read.ok) throw new WorkbookRefusedError(read.error)
  return storeImport(db, read.workbook, user, now)
}

/** Compares a workbook as read with the plan and keeps the preview. */
export async function storeImport(db: Database, workbook: WorkbookRows, user: User, now: Date): Promise<ImportRow> {
  // The revision first: if a write lands while the plan is read, apply finds a newer revision and refuses (409).
  const baseRevision = await db.readRevision()
  const current = await readPlanData(db.kysely)
  if (!current) throw new NoPlanError('No plan has been loaded yet')
  // The preview lists the removed rows either way; apply works the changes out again with the secretariat's choice.
  const { changes: _changes, ...preview } = previewImport(workbook, current, { removeMissing: false })
  await deleteExpiredImports(db.kysely, now)
  const id = randomUUID()
  await insertImport(db.kysely, {
    id,
    createdBy: user.id,
    now,
    baseRevision,
    preview: preview satisfies StoredPreview,
    workbook,
  })
  return (await findImport(db.kysely, id)) as ImportRow
}

/** A live import (404 unknown, 410 past its lifetime). */
export async function findLiveImport(db: Database, id: string, now: Date): Promise<ImportRow> {
  const row = await findImport(db.kysely, id)
  if (!row) throw new ImportStateError('not_found')
  if (isExpired(row, now)) throw new ImportStateError('expired')
  return row
}

export function renderPreview(row: ImportRow, language: InterfaceLanguage): ImportPreview {
  const stored = JSON.parse(row.preview) as StoredPreview
  return toImportPreview(stored, { id: row.id, state: row.state, createdAt: row.created_at, language })
}

function refuseUnlessPreview(row: ImportRow) {
  if (row.state === 'applied') throw new ImportStateError('applied')
  if (row.state === 'discarded') throw new ImportStateError('discarded')
}

/**
 * Writes what was previewed, all or nothing. The changes are worked out again from the stored workbook with the
 * secretariat's removeMissing; they are the preview's own because the revision must still be the one the preview
 * was made against (checked and bumped first in the transaction, which holds the row's lock to the commit). The
 * preview must still be a preview (of two applies racing, one wins); then the changes and one audit entry.
 */
export async function applyImport(
  db: Database,
  id: string,
  options: { removeMissing: boolean; user: User; now: Date },
): Promise<ImportRow> {
  const row = await findLiveImport(db, id, options.now)
  refuseUnlessPreview(row)
  if ((JSON.parse(row.preview) as StoredPreview).issues.length > 0) throw new ImportStateError('has_errors')
  const current = await readPlanData(db.kysely)
  if (!current) throw new ImportStateError('plan_changed')
  const workbook = JSON.parse(row.rows) as WorkbookRows
  const { changes, counts, issues } = previewImport(workbook, current, { removeMissing: options.removeMissing })
  if (issues.length > 0) throw new ImportStateError('plan_changed')
  await db.kysely.transaction().execute(async (tx) => {
    if (!(await bumpRevisionFrom(tx, row.base_revision))) throw new ImportStateError('plan_changed')
    if (!(await leavePreview(tx, id, 'applied'))) throw new ImportStateError('applied')
    await writePlanChanges(tx, changes, options.now, { id: options.user.id, name: options.user.name })
    await writeAudit(
      tx,
      {
        actor: { id: options.user.id, name: options.user.name },
        action: 'plan.import',
        target: `import:${id}`,
        after: {
          added: counts.added,
          changed: counts.changed,
          unchanged: counts.unchanged,
          removed: options.removeMissing ? counts.removed : 0,
          removeMissing: options.removeMissing,
        },
      },
      options.now,
    )
  })
  return { ...row, state: 'applied' }
}

export async function discardImport(db: Database, id: string, now: Date): Promise<ImportRow> {
  const row = await findLiveImport(db, id, now)
  if (row.state === 'discarded') return row
  refuseUnlessPreview(row)
  if (!(await leavePreview(db.kysely, id, 'discarded'))) throw new ImportStateError('applied')
  return { ...row, state: 'discarded' }
}
