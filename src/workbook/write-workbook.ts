// Writes the plan (or the template) as an .xlsx. Imports exceljs: load this module dynamically in the app.
import type { LanguageCode as Language } from '../domain/language-param'
import type { PlanData } from './plan-data'

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface WriteOptions {
  language: Language
  /** An empty template: one example row per sheet, plus the Read me and the lists. */
  template: boolean
}

export async function writePlanWorkbook(_data: PlanData, _options: WriteOptions): Promise<Uint8Array> {
  throw new Error('writePlanWorkbook: in progress on branch workbook')
}
