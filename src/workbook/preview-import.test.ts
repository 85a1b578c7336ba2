// @vitest-environment node
// What an edited workbook previews as, and what applying it writes. Rows are built as readPlanWorkbook hands them
// over, so these tests need no Excel file.
import { previewImport } from './preview-import'
import { planRows } from './plan-rows'
import { samplePlanData } from './test/sample'
import type { RawRow, SheetRows, WorkbookRows } from './workbook-rows'
import { columnLetter, sheetDef, type SheetName } from './columns'
import type { Row } from '../api/schemas-import'

const data = samplePlanData()
const exported = planRows(data)

/** A sheet as exported, rows from 3, after `edit`. */
function sheet(name: SheetName, edit: (rows: Row[]) => Row[] = (rows) => rows): SheetRows {
  const def = sheetDef(name)
  const letters = Object.fromEntries(def.columns.map((column, i) => [column.key, columnLetter(i + 1)]))
  const rows: RawRow[] = edit(exported[name].map(({ row }) => ({ ...row }))).map((cells, i) => ({ row: i + 3, cells }))
  return { name, letters, rows }
}

const workbook = (...sheets: SheetRows[]): WorkbookRows => ({ sheets, issues: [] })
const first = data.tasks[0]!
const [moe] = data.owners
const { updatedAt: _updatedAt, ...firstFields } = first

test('a changed cell is a changed row, field by field, and an update of that record only', () => {
  const edited = sheet('Activities', (rows) =>
    rows.map((row) => (row.code === first.code ? { ...row, progress: 55, status: 'В работе' } : row)),
  )
  const result = previewImport(workbook(edited), data, { removeMissing: false })
  expect(result.sheets[0]?.changed).toEqual([
    {
      key: first.code,
      row: 3,
      fields: [
        { name: 'status', from: first.status, to: 'in_progress' },
        { name: 'progress', from: first.progress, to: 55 },
      ],
    },
  ])
  expect(result.counts).toMatchObject({ changed: 1, added: 0, removed: 0, errors: 0, unchanged: data.tasks.length - 1 })
  expect(result.changes.tasks).toEqual({
    inserts: [],
    updates: [{ ...firstFields, status: 'in_progress', progress: 55 }],
    deletes: [],
  })
})

test('a new row is added with an id made from its code; a missing row is removed only when asked', () => {
  const edited = sheet('Activities', (rows) => [
    ...rows.filter((row) => row.code !== first.code),
    {
      code: '99.1',
      title_kk: 'Жаңа іс-шара',
      status: 'Басталмаған',
      progress: 0,
      owner: 'MoE',
      start_date: '01.09.2026',
      due_date: '2026-12-31',
    },
  ])
  const kept = previewImport(workbook(edited), data, { removeMissing: false })
  expect(kept.sheets[0]?.added).toEqual([
    expect.objectContaining({
      code: '99.1',
      title_kk: 'Жаңа іс-шара',
      status: 'not_started',
      owner: moe?.id,
      start_date: '2026-09-01',
      partners: null,
    }),
  ])
  expect(kept.sheets[0]?.removed).toEqual([expect.objectContaining({ code: first.code })])
  expect(kept.changes.tasks.inserts).toEqual([
    {
      id: 't-99-1',
      code: '99.1',
      title: { kk: 'Жаңа іс-шара' },
      status: 'not_started',
      progress: 0,
      ownerId: moe?.id,
      partnerIds: [],
      sdgTargets: [],
      indicatorIds: [],
      startDate: '2026-09-01',
      dueDate: '2026-12-31',
      completedDate: null,
    },
  ])
  expect(kept.changes.tasks.deletes).toEqual([])
  const removing = previewImport(workbook(edited), data, { removeMissing: true })
  expect(removing.sheets).toEqual(kept.sheets)
  expect(removing.changes.tasks.deletes).toEqual([first.id])
})

test('a column the workbook leaves out keeps the plan’s values', () => {
  const withoutDescriptions = sheet('Activities')
  for (const key of ['description_kk', 'description_ru', 'description_en']) delete withoutDescriptions.letters[key]
  const result = previewImport(workbook(withoutDescriptions), data, { removeMissing: true })
  expect(result.counts).toMatchObject({ changed: 0, errors: 0 })
})

test('a changed target updates its indicator with the whole new series', () => {
  const [indicator] = data.indicators
  const [target] = indicator!.targets
  const edited = sheet('Targets', (rows) =>
    rows.map((row) =>
      row.indicator === indicator!.code && row.year === target!.year ? { ...row, value: '99,5' } : row,
    ),
  )
  const result = previewImport(workbook(edited), data, { removeMissing: false })
  expect(result.sheets[0]?.changed).toEqual([
    {
      key: `${indicator!.code}|${target!.year}`,
      row: expect.any(Number),
      fields: [{ name: 'value', from: target!.value, to: 99.5 }],
    },
  ])
  const { updatedAt: _, ...fields } = indicator!
  expect(result.changes.indicators.updates).toEqual([
    { ...fields, targets: [{ year: target!.year, value: 99.5 }, ...indicator!.targets.slice(1)] },
  ])
})

test('an organisation in use is not deleted even when missing rows are removed', () => {
  const withoutMoe = sheet('Organisations', (rows) => rows.filter((row) => row.id !== moe?.id))
  const result = previewImport(workbook(withoutMoe), data, { removeMissing: true })
  expect(result.sheets[0]?.removed).toEqual([expect.objectContaining({ id: moe?.id })])
  expect(result.changes.owners.deletes).toEqual([])
})

test('an organisation is named from the workbook’s sheet or, failing that, from the plan; one in neither is an error', () => {
  // A template filled with new activities has only its example organisation: the plan's others still resolve.
  const onlyOthers = sheet('Organisations', (rows) => rows.filter((row) => row.id !== moe?.id))
  const kept = previewImport(workbook(sheet('Activities'), onlyOthers), data, { removeMissing: false })
  expect(kept.issues.filter((issue) => issue.code === 'unknown_owner')).toEqual([])
  expect(kept.sheets.find((s) => s.name === 'Activities')?.changed).toEqual([])
  const unknown = sheet('Activities', (rows) => [{ ...rows[0], owner: 'No such ministry' }, ...rows.slice(1)])
  const result = previewImport(workbook(unknown, onlyOthers), data, { removeMissing: false })
  expect(result.issues.filter((issue) => issue.code === 'unknown_owner').map(({ row }) => row)).toEqual([3])
})

test('required cells and titles are checked', () => {
  const edited = sheet('Activities', (rows) => [
    { ...rows[0], status: null, title_kk: ' ', title_ru: null, title_en: null },
    ...rows.slice(1),
  ])
  const result = previewImport(workbook(edited), data, { removeMissing: false })
  expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
    { row: 3, column: 'B', code: 'title_required' },
    { row: 3, column: 'H', code: 'required' },
  ])
})
