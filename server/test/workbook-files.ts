// Editing real .xlsx files in tests as a person would in Excel: open, change cells, save.
import ExcelJS from 'exceljs'

export async function editWorkbook(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer)
  edit(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

export interface CellEdit {
  sheet: string
  /** The value in the row's first column (the activity's or indicator's code, the organisation's id). */
  key: string
  /** The column key in row 1. */
  column: string
  value: ExcelJS.CellValue
}

/** Each edit finds its row by the first column and its column by the key in row 1. */
export function setCells(bytes: Uint8Array, edits: CellEdit[]): Promise<Uint8Array> {
  return editWorkbook(bytes, (workbook) => {
    for (const edit of edits) {
      const sheet = workbook.getWorksheet(edit.sheet)
      if (!sheet) throw new Error(`no sheet ${edit.sheet}`)
      let column = 0
      sheet.getRow(1).eachCell((cell, n) => {
        if (cell.value === edit.column) column = n
      })
      let row = 0
      sheet.eachRow((r, n) => {
        if (n > 2 && String(r.getCell(1).value) === edit.key) row = n
      })
      if (!column || !row) throw new Error(`no cell ${edit.column} of ${edit.key} in ${edit.sheet}`)
      sheet.getRow(row).getCell(column).value = edit.value
    }
  })
}
