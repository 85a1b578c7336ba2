import Papa from 'papaparse'
import { formulaTexts, formulaTextTasks, formulaTextUpdates } from '../../../mocks/data/formula-text'
import type { Task } from '../../api/schemas'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import { changesCsv } from './changes-csv'

const t = createI18n('en', allCatalogs).t

test('no cell of the changes export starts with a formula character: titles, notes and authors over lines', () => {
  const tasks = new Map<string, Task>(formulaTextTasks().map((task) => [task.id, task]))
  const updates = formulaTextUpdates().slice(0, formulaTexts.length)
  const [header, ...rows] = Papa.parse<string[]>(changesCsv(updates, tasks, 'en', t).slice(1), {
    skipEmptyLines: true,
  }).data
  expect(header).toEqual(expect.arrayContaining(['Activity', 'Note']))
  const column = (name: string) => header?.indexOf(name) ?? -1
  expect(rows.map((row) => row[column('Note')])).toEqual(formulaTexts.map((text) => `'${text}`))
  expect(rows.map((row) => row[column('Activity')])).toEqual(formulaTexts.map((text) => `'${text}`))
  expect(rows[0]?.[column('Author')]).toBe(`'=cmd|"/c calc"!A1`)
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/)
})
