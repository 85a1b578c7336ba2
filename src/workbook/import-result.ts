// What previewImport finds: the preview's body without its id, state and time, the issues as codes, and the
// changes the server writes when the secretariat applies it.
import type { ImportPreview, SheetPreview } from '../api/schemas-import'
import type { CellIssue } from './import-issues'
import type { PlanChanges } from './plan-changes'

export interface ImportResult {
  counts: ImportPreview['counts']
  sheets: SheetPreview[]
  /** Sorted by sheet (workbook order), row, column. An import with issues cannot be applied. */
  issues: CellIssue[]
  changes: PlanChanges
}

export interface PreviewOptions {
  /** Delete the records that are in the plan but not in the workbook (the preview lists them as removed either way). */
  removeMissing: boolean
}
