// The `Read me` sheet: how to fill the workbook, then every column of every sheet with its key, label and help.
import type ExcelJS from 'exceljs'
import type { LanguageCode } from '../domain/language-param'
import { sheets } from './columns'
import { columnHelp, columnLabel, importWords } from './words'

export function addReadMe(workbook: ExcelJS.Workbook, language: LanguageCode): void {
  const words = importWords[language].readme
  const sheet = workbook.addWorksheet('Read me')
  sheet.columns = [{ width: 18 }, { width: 34 }, { width: 13 }, { width: 90 }]
  sheet.addRow([words.title]).font = { bold: true, size: 14 }
  sheet.addRow([])
  for (const paragraph of [words.intro, words.rows, words.values, words.formulas, words.upload]) {
    sheet.addRow([paragraph])
  }
  for (const def of sheets) {
    sheet.addRow([])
    sheet.addRow([`${words.sheet}: ${def.name} (${importWords[language].sheets[def.name]})`]).font = {
      bold: true,
      size: 12,
    }
    const header = sheet.addRow([words.key, words.label, words.required, words.help])
    header.font = { bold: true }
    for (const column of def.columns) {
      const row = sheet.addRow([
        column.key,
        columnLabel(column.key, language),
        column.required ? words.yes : words.no,
        columnHelp(column.key, language),
      ])
      row.alignment = { wrapText: true, vertical: 'top' }
    }
  }
}
