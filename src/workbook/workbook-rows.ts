// What readPlanWorkbook hands to previewImport: each plan sheet's cells by column key, with their row numbers.
// Plain JSON (dates already YYYY-MM-DD text), so the server can store it with the preview and apply it later.
import type { SheetName } from '../api/schemas-import'
import type { CellIssue } from './import-issues'

/** A cell as read: text, a number, a boolean, or null when empty. Excel dates arrive as YYYY-MM-DD text. */
export type RawCell = string | number | boolean | null

export interface RawRow {
  /** 1-based, as Excel numbers rows. */
  row: number
  cells: Record<string, RawCell>
}

export interface SheetRows {
  name: SheetName
  /** Column key → its letter in this workbook (the columns may have been moved). */
  letters: Record<string, string>
  rows: RawRow[]
}

export interface WorkbookRows {
  /** Only the plan sheets the workbook has; a sheet left out leaves that part of the plan as it is. */
  sheets: SheetRows[]
  /** Problems found while reading (formula cells without a value, error values, missing columns). */
  issues: CellIssue[]
}
