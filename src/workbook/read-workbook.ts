// Reads an uploaded workbook without trusting it (issue 14): size first, then what the zip declares (zip-check.ts),
// then exceljs, which never computes a formula: a formula cell is read as the value Excel saved with it, or refused.
// Imports exceljs and jszip: the app loads this module with a dynamic import.
import ExcelJS from 'exceljs'
import { sheetNames, type SheetName } from '../api/schemas-import'
import { columnLetter, firstDataRow, keyRow, sheetDef } from './columns'
import { workbookLimits, type CellIssue, type WorkbookError } from './import-issues'
import type { RawCell, RawRow, SheetRows, WorkbookRows } from './workbook-rows'
import { checkZip } from './zip-check'

export type ReadWorkbookResult = { ok: true; workbook: WorkbookRows } | { ok: false; error: WorkbookError }

const refuse = (error: WorkbookError): ReadWorkbookResult => ({ ok: false, error })

/** Parts of a sheet the import never uses; skipping them also spares exceljs expanding a huge validation range. */
const ignoredNodes = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'drawing', 'legacyDrawing', 'extLst']

type CellRead = { value: RawCell } | { issue: Pick<CellIssue, 'code' | 'params'> }

function isoDate(date: Date): RawCell {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

/** One cell's value as plain JSON; exceljs gives dates as UTC midnight, which is the calendar day typed. */
function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { value: null }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value }
  if (value instanceof Date) return { value: isoDate(value) }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null) return { issue: { code: 'formula_without_value' } }
    return readCell(result as ExcelJS.CellValue)
  }
  if ('error' in value) return { issue: { code: 'error_value', params: { value: String(value.error) } } }
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') }
  if ('text' in value) return { value: typeof value.text === 'string' ? value.text : null }
  return { value: null }
}

function matchSheet(name: string): SheetName | undefined {
  return sheetNames.find((known) => known.toLowerCase() === name.trim().toLowerCase())
}

function readSheetRows(worksheet: ExcelJS.Worksheet, name: SheetName, issues: CellIssue[]): SheetRows {
  const def = sheetDef(name)
  const known = new Set(def.columns.map((column) => column.key))
  const columns = new Map<number, string>()
  worksheet.getRow(keyRow).eachCell((cell, column) => {
    const read = readCell(cell.value)
    const key =
      'value' in read
        ? String(read.value ?? '')
            .trim()
            .toLowerCase()
        : ''
    if (known.has(key) && ![...columns.values()].includes(key)) columns.set(column, key)
  })
  const letters = Object.fromEntries([...columns].map(([column, key]) => [key, columnLetter(column)]))
  for (const column of def.columns) {
    if (column.required && !(column.key in letters)) {
      issues.push({
        sheet: name,
        row: keyRow,
        column: '',
        key: column.key,
        code: 'missing_column',
        params: { key: column.key },
      })
    }
  }
  const rows: RawRow[] = []
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < firstDataRow) return
    const cells: Record<string, RawCell> = {}
    let filled = false
    for (const [column, key] of columns) {
      const read = readCell(row.getCell(column).value)
      if ('issue' in read) {
        issues.push({ sheet: name, row: rowNumber, column: columnLetter(column), key, ...read.issue })
        filled = true
      }
      cells[key] = 'value' in read ? read.value : null
      if ('value' in read && read.value !== null && String(read.value).trim() !== '') filled = true
    }
    if (filled) rows.push({ row: rowNumber, cells })
  })
  return { name, letters, rows }
}

export async function readPlanWorkbook(input: Uint8Array | ArrayBuffer): Promise<ReadWorkbookResult> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  if (bytes.byteLength > workbookLimits.maxBytes) {
    return refuse({ code: 'too_large', params: { limit: workbookLimits.maxBytes / 1024 / 1024 } })
  }
  const zipError = await checkZip(bytes)
  if (zipError) return refuse(zipError)
  const workbook = new ExcelJS.Workbook()
  const tooManyRows = refuse({ code: 'too_many_rows', params: { limit: workbookLimits.maxRows } })
  try {
    // exceljs stops at maxRows per sheet; the total over the sheets is counted below.
    // (exceljs 4.4 honours maxRows and maxCols on load; its typings only list ignoreNodes.)
    const options = { ignoreNodes: ignoredNodes, maxRows: workbookLimits.maxRows + firstDataRow, maxCols: 200 }
    await workbook.xlsx.load(bytes as never, options as Partial<ExcelJS.XlsxReadOptions>)
  } catch (error) {
    return error instanceof Error && /max row count/i.test(error.message)
      ? tooManyRows
      : refuse({ code: 'not_a_workbook' })
  }
  const issues: CellIssue[] = []
  const sheets: SheetRows[] = []
  for (const worksheet of workbook.worksheets) {
    const name = matchSheet(worksheet.name)
    if (name && !sheets.some((sheet) => sheet.name === name)) sheets.push(readSheetRows(worksheet, name, issues))
  }
  if (sheets.length === 0) return refuse({ code: 'no_plan_sheets' })
  if (sheets.reduce((n, sheet) => n + sheet.rows.length, 0) > workbookLimits.maxRows) return tooManyRows
  return { ok: true, workbook: { sheets, issues } }
}
