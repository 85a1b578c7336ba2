// Compares a read workbook with the current plan: normalise, validate, diff. Pure; no exceljs.
import type { ImportResult, PreviewOptions } from './import-result'
import type { PlanData } from './plan-data'
import type { WorkbookRows } from './workbook-rows'

export function previewImport(_workbook: WorkbookRows, _current: PlanData, _options: PreviewOptions): ImportResult {
  throw new Error('previewImport: in progress on branch workbook')
}
