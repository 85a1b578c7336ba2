// @vitest-environment node
import ExcelJS from 'exceljs'
import { formulaTexts, formulaTextTasks } from '../../../mocks/data/formula-text'
import { db } from '../../../mocks/data/db'
import type { Owner } from '../../api/schemas'
import { emptyFilters } from '../../domain/task-filters'
import { writeXlsxTable } from '../../domain/xlsx-table'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import { pinnedToday } from '../../test/pinned-date'
import { tasksFileName, tasksTable } from './export-tasks'

const owners = new Map<string, Owner>(db.owners.map((owner) => [owner.id, owner]))

async function exported(language: 'kk' | 'ru' | 'en') {
  const t = createI18n(language, allCatalogs).t
  const tasks = formulaTextTasks()
  const bytes = await writeXlsxTable(
    tasksTable({ tasks, owners, filters: emptyFilters, today: pinnedToday, language, t }),
  )
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  return { sheet: workbook.worksheets[0]!, tasks }
}

test.each([
  ['en', 'Activity', 'Delayed'],
  ['ru', 'Мероприятие', 'С задержкой'],
  ['kk', 'Іс-шара', 'Кешігуде'],
] as const)('the %s workbook has its headers and statuses in that language', async (language, title, delayed) => {
  const { sheet } = await exported(language)
  expect(sheet.getRow(1).getCell(2).value).toBe(title)
  expect(sheet.getRow(2).getCell(5).value).toBe(delayed)
})

test('progress is a number, dates are dates, and formula-looking titles stay text', async () => {
  const { sheet, tasks } = await exported('en')
  expect(sheet.rowCount).toBe(tasks.length + 1)
  const first = sheet.getRow(2)
  expect(first.getCell(6).type).toBe(ExcelJS.ValueType.Number)
  expect(first.getCell(6).value).toBe(tasks[0]!.progress)
  expect(first.getCell(8).type).toBe(ExcelJS.ValueType.Date)
  expect(first.getCell(8).value).toEqual(new Date(`${tasks[0]!.dueDate}T00:00:00Z`))
  formulaTexts.forEach((text, index) => {
    const cell = sheet.getRow(index + 2).getCell(2)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe(text.replace(/\r\n?/g, '\n'))
  })
})

test('the file is named like the CSV, with the filters and an .xlsx extension', () => {
  const t = createI18n('en', allCatalogs).t
  const filters = { ...emptyFilters, statuses: ['delayed' as const] }
  expect(tasksFileName({ filters, today: pinnedToday, t }, 'xlsx')).toBe(
    `activities_${pinnedToday}_status-delayed.xlsx`,
  )
})
