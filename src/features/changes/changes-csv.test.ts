import Papa from 'papaparse'
import { formulaTexts, formulaTextTasks, formulaTextUpdates } from '../../../mocks/data/formula-text'
import type { Task, TaskUpdate } from '../../api/schemas'
import { groupChanges } from '../../domain/changes'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import { changesCsv } from './changes-csv'

const t = createI18n('en', allCatalogs).t

test('no cell of the changes export starts with a formula character: titles, notes and authors over lines', () => {
  const tasks = new Map<string, Task>(formulaTextTasks().map((task) => [task.id, task]))
  const updates = formulaTextUpdates().slice(0, formulaTexts.length)
  const [header, ...rows] = Papa.parse<string[]>(changesCsv(groupChanges(updates), tasks, 'en', t).slice(1), {
    skipEmptyLines: true,
  }).data
  expect(header).toEqual(expect.arrayContaining(['Activity', 'Note']))
  const column = (name: string) => header?.indexOf(name) ?? -1
  expect(rows.map((row) => row[column('Note')])).toEqual(formulaTexts.map((text) => `'${text}`))
  expect(rows.map((row) => row[column('Activity')])).toEqual(formulaTexts.map((text) => `'${text}`))
  expect(rows[0]?.[column('Author')]).toBe(`'=cmd|"/c calc"!A1`)
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/)
})

test('each row has the status and progress before and after its update; before the period, the last earlier report', () => {
  const update = (id: string, at: string, status: TaskUpdate['status'], progress: number): TaskUpdate => ({
    id,
    taskId: 't-1',
    at: `${at}T10:00:00+05:00`,
    author: 'A. Author',
    status,
    previousStatus: null,
    progress,
  })
  const history = [
    update('u3', '2026-05-20', 'in_progress', 55),
    update('u2', '2026-05-10', 'delayed', 45),
    update('u1', '2026-04-10', 'in_progress', 40),
  ]
  const tasks = new Map<string, Task>()
  const csv = (since: string) =>
    Papa.parse<string[]>(changesCsv(groupChanges(history, since), tasks, 'en', t).slice(1), { skipEmptyLines: true })
      .data
  const columns = ['Status before', 'Status after', 'Progress before, %', 'Progress after, %']
  const pick = ([header = [], ...rows]: string[][]) => rows.map((row) => columns.map((c) => row[header.indexOf(c)]))
  expect(pick(csv('2026-05-01'))).toEqual([
    ['Delayed', 'In progress', '45', '55'],
    ['In progress', 'Delayed', '40', '45'],
  ])
  // Nothing reported before the period: the "before" cells stay empty rather than claim 0 %.
  expect(pick(csv('2026-04-01'))[2]).toEqual(['', 'In progress', '', '40'])
})
