// A plan as the workbook reader would hand it over (WorkbookRows), built from the plan's own canonical rows, with
// helpers to change cells and rows: tests of the apply that hold whatever the .xlsx reader does.
import type { CellValue } from '../../src/api/schemas-import'
import { columnLetter, firstDataRow, sheetDef, sheetNames, type SheetName } from '../../src/workbook/columns'
import type { PlanData } from '../../src/workbook/plan-data'
import { planRows } from '../../src/workbook/plan-rows'
import type { RawRow, WorkbookRows } from '../../src/workbook/workbook-rows'

export function workbookRowsOf(data: PlanData): WorkbookRows {
  const rows = planRows(data)
  return {
    sheets: sheetNames.map((name) => ({
      name,
      letters: Object.fromEntries(sheetDef(name).columns.map((c, i) => [c.key, columnLetter(i + 1)])),
      rows: rows[name].map(({ row }, i) => ({ row: firstDataRow + i, cells: { ...row } })),
    })),
    issues: [],
  }
}

function sheetOf(workbook: WorkbookRows, name: SheetName) {
  const sheet = workbook.sheets.find((s) => s.name === name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  return sheet
}

/** The row whose key column (`code`, `id`) holds `key`. */
export function rowOf(workbook: WorkbookRows, name: SheetName, key: string): RawRow {
  const column = name === 'Organisations' ? 'id' : 'code'
  const row = sheetOf(workbook, name).rows.find((r) => r.cells[column] === key)
  if (!row) throw new Error(`no row ${key} in ${name}`)
  return row
}

export function setCell(workbook: WorkbookRows, name: SheetName, key: string, column: string, value: CellValue) {
  rowOf(workbook, name, key).cells[column] = value
}

export function dropRow(workbook: WorkbookRows, name: SheetName, key: string) {
  const sheet = sheetOf(workbook, name)
  sheet.rows = sheet.rows.filter((r) => r !== rowOf(workbook, name, key))
}

/** A copy of the row of `key` with other cells, added below the last row. */
export function addRow(workbook: WorkbookRows, name: SheetName, key: string, cells: Record<string, CellValue>) {
  const sheet = sheetOf(workbook, name)
  const last = sheet.rows.at(-1)?.row ?? firstDataRow - 1
  sheet.rows.push({ row: last + 1, cells: { ...rowOf(workbook, name, key).cells, ...cells } })
}
