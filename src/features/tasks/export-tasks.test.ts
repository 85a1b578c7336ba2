import Papa from 'papaparse'
import { formulaTexts, formulaTextTasks } from '../../../mocks/data/formula-text'
import { db } from '../../../mocks/data/db'
import type { Owner } from '../../api/schemas'
import { emptyFilters } from '../../domain/task-filters'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import { pinnedToday } from '../../test/pinned-date'
import { tasksCsv } from './export-tasks'

const t = createI18n('en', allCatalogs).t
const owners = new Map<string, Owner>(db.owners.map((owner) => [owner.id, owner]))

test('no cell of the activities export starts with a formula character, also when titles span lines', () => {
  const tasks = formulaTextTasks().slice(0, formulaTexts.length)
  const csv = tasksCsv({ tasks, owners, filters: emptyFilters, today: pinnedToday, language: 'en', t })
  const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
  expect(header?.[1]).toBe('Activity')
  expect(rows.map((row) => row[1])).toEqual(formulaTexts.map((text) => `'${text}`))
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/)
})
