// Writes src/workbook/fixtures/mistakes.xlsx: the sample plan exported in English, then edited as people edit, with
// exactly one mistake of each kind issue 14 names, and a few untidy but valid edits that must not count as mistakes.
// src/workbook/mistakes.test.ts expects exactly these errors at these cells. Usage: npx tsx scripts/make-mistakes-workbook.ts
import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { samplePlanData } from '../src/workbook/test/sample'
import { writePlanWorkbook } from '../src/workbook/write-workbook'

const data = samplePlanData()
const exported = await writePlanWorkbook(data, { language: 'en', template: false })
const workbook = new ExcelJS.Workbook()
await workbook.xlsx.load(exported as never, { ignoreNodes: ['dataValidations'] })

function cell(sheetName: string, row: number, key: string): ExcelJS.Cell {
  const sheet = workbook.getWorksheet(sheetName)
  if (!sheet) throw new Error(`no sheet ${sheetName}`)
  const keys = sheet.getRow(1).values as unknown[]
  const column = keys.indexOf(key)
  if (column < 1) throw new Error(`no column ${key} in ${sheetName}`)
  return sheet.getRow(row).getCell(column)
}

// Untidy but valid (row 3, activity 1.1): spaces, a status in Russian, an owner by its short name, a date as
// DD.MM.YYYY text, an SDG target typed as a number.
const first = data.tasks[0]
if (!first) throw new Error('the sample plan has no activities')
cell('Activities', 3, 'code').value = `  ${first.code} `
cell('Activities', 3, 'status').value = 'Выполнено'
cell('Activities', 3, 'owner').value = 'MoE'
cell('Activities', 3, 'start_date').value = first.startDate.split('-').reverse().join('.')
cell('Activities', 3, 'sdg_targets').value = 4.7

// One mistake of each kind.
cell('Activities', 4, 'owner').value = 'Ministry of Nowhere'
const start = cell('Activities', 5, 'start_date').value as Date
cell('Activities', 5, 'due_date').value = new Date(start.getTime() - 86_400_000)
cell('Activities', 6, 'progress').value = 140
cell('Activities', 7, 'code').value = first.code
cell('Activities', 8, 'indicators').value = '4.9.9 no such indicator'
cell('Targets', 3, 'year').value = 2035

const target = new URL('../src/workbook/fixtures/mistakes.xlsx', import.meta.url)
writeFileSync(target, new Uint8Array(await workbook.xlsx.writeBuffer()))
console.log(`wrote ${target.pathname}`)
