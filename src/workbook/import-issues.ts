// What can be wrong with an uploaded workbook, as codes with parameters: the message is chosen per request in the
// interface language (format-import-error.ts), so a stored preview can be shown in kk, ru or en.
import type { SheetName } from '../api/schemas-import'

/** A problem in one cell (or, with column "", one row; with row 0, one sheet). */
export const cellIssueCodes = [
  'required',
  'title_required',
  'not_a_number',
  'not_a_whole_number',
  'not_a_date',
  'unknown_status',
  'unknown_value',
  'unknown_owner',
  'unknown_indicator',
  'progress_out_of_range',
  'due_before_start',
  'duplicate_key',
  'year_outside_plan',
  'formula_without_value',
  'error_value',
  'missing_column',
] as const
export type CellIssueCode = (typeof cellIssueCodes)[number]

export type IssueParams = Record<string, string | number>

export interface CellIssue {
  sheet: SheetName
  /** 1-based, as Excel numbers rows; 0 for the sheet as a whole. */
  row: number
  /** The column letter ("F"), "" for a whole row or sheet. */
  column: string
  /** The column key in row 1 ("owner"), when the issue is about a column. */
  key?: string
  code: CellIssueCode
  params?: IssueParams
}

/** Why a file is refused as a whole, before any row is read. */
export const workbookErrorCodes = [
  'not_a_workbook',
  'too_large',
  'too_many_rows',
  'zip_bomb',
  'macro_enabled',
  'no_plan_sheets',
] as const
export type WorkbookErrorCode = (typeof workbookErrorCodes)[number]

export interface WorkbookError {
  code: WorkbookErrorCode
  params?: IssueParams
}

/** 10 MiB and 20,000 data rows across the sheets (issue 14). */
export const workbookLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 20_000,
  /** Uncompressed parts together; a real 20,000-row plan is a few tens of MiB of XML. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** A part that inflates more than this is a zip bomb, whatever its size. */
  maxCompressionRatio: 200,
}
