// Reads an uploaded workbook without trusting it. Imports exceljs and jszip: load this module dynamically in the app.
import type { WorkbookError } from './import-issues'
import type { WorkbookRows } from './workbook-rows'

export type ReadWorkbookResult = { ok: true; workbook: WorkbookRows } | { ok: false; error: WorkbookError }

export async function readPlanWorkbook(_bytes: Uint8Array | ArrayBuffer): Promise<ReadWorkbookResult> {
  throw new Error('readPlanWorkbook: in progress on branch workbook')
}
