import ExcelJS from 'exceljs'
import type { ExportCell, ExportColumnKind, ExportTable } from './export-table'

export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const numberFormats: Record<ExportColumnKind, string | undefined> = {
  text: '@',
  number: undefined,
  // Percent columns hold 0–100 as the screen shows them; Excel's `%` format multiplies by 100, so the cell gets 0–1.
  percent: '0%',
  date: 'yyyy-mm-dd',
}

/** Excel refuses sheet names over 31 characters or with any of `\ / ? * [ ] :`. */
export function sheetName(title: string): string {
  return (
    title
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet1'
  )
}

/** A date at UTC midnight: exceljs turns it into the whole-day serial number Excel stores, whatever the time zone. */
function excelDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
}

/**
 * The value exceljs receives. A string stays a string: exceljs writes a formula only for a `{ formula }` object, which
 * this never builds, so a title that starts with `=`, `+`, `-`, `@`, a tab or a line break is stored as text.
 */
function cellValue(cell: ExportCell, kind: ExportColumnKind): string | number | Date | null {
  if (cell === null || cell === '') return null
  if (kind === 'date' && typeof cell === 'string') return excelDate(cell)
  if (kind === 'percent' && typeof cell === 'number') return cell / 100
  return cell
}

/** Wide enough for the longest line in the column (header included), within sensible bounds. */
function columnWidth(header: string, cells: ExportCell[], kind: ExportColumnKind): number {
  const longest = Math.max(
    header.length,
    ...cells.map((cell) =>
      kind === 'date'
        ? 10
        : Math.max(
            ...String(cell ?? '')
              .split('\n')
              .map((line) => line.length),
          ),
    ),
  )
  return Math.min(Math.max(longest + 2, 8), 60)
}

/**
 * One worksheet: a bold header row that stays in view and carries an autofilter, then the rows as given (the caller
 * passes them filtered and sorted as on screen). Returns the .xlsx file's bytes.
 */
export async function writeXlsxTable(table: ExportTable): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = table.columns.map((column, index) => ({
    header: column.header,
    width: columnWidth(
      column.header,
      table.rows.map((row) => row[index] ?? null),
      column.kind,
    ),
    style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {},
  }))
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, index) => cellValue(cell, table.columns[index]?.kind ?? 'text')))
  }
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'top', wrapText: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(table.columns.length, 1) } }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}
