// @vitest-environment node
// The workbook as a person opens it in Excel: sheets, key and label rows, frozen headers, real dates, lists.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { samplePlanData } from './test/sample'
import { previewImport } from './preview-import'
import { readPlanWorkbook } from './read-workbook'
import { writePlanWorkbook } from './write-workbook'

const data = samplePlanData()

async function open(language: 'kk' | 'ru' | 'en', template: boolean) {
  const bytes = await writePlanWorkbook(data, { language, template })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  return { workbook, bytes }
}

test('the workbook has the Read me, the five plan sheets and a hidden Lists sheet, and opens on Activities', async () => {
  const { workbook } = await open('en', false)
  expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
    ['Read me', 'visible'],
    ['Activities', 'visible'],
    ['Organisations', 'visible'],
    ['Indicators', 'visible'],
    ['Targets', 'visible'],
    ['Actuals', 'visible'],
    ['Lists', 'hidden'],
  ])
  expect(workbook.views[0]?.activeTab).toBe(1)
})

test.each([
  ['kk', 'Мәртебесі', 'Аяқталды', 'Атауы (қаз.)'],
  ['ru', 'Статус', 'Выполнено', 'Наименование (каз.)'],
  ['en', 'Status', 'Completed', 'Title (Kazakh)'],
] as const)(
  'in %s, row 1 holds the keys, row 2 the labels, and statuses read as words',
  async (language, status, completed, title) => {
    const { workbook } = await open(language, false)
    const sheet = workbook.getWorksheet('Activities')!
    const keys = sheet.getRow(1).values as unknown[]
    const column = keys.indexOf('status')
    expect(keys.slice(1, 3)).toEqual(['code', 'title_kk'])
    expect(sheet.getRow(2).getCell(column).value).toBe(status)
    expect(sheet.getRow(2).getCell(2).value).toBe(title)
    expect(sheet.getRow(3).getCell(column).value).toBe(completed)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
  },
)

test('dates are real Excel dates, shown as YYYY-MM-DD', async () => {
  const { workbook } = await open('en', false)
  const sheet = workbook.getWorksheet('Activities')!
  const column = (sheet.getRow(1).values as unknown[]).indexOf('start_date')
  const cell = sheet.getRow(3).getCell(column)
  expect(cell.value).toEqual(new Date(`${data.tasks[0]?.startDate}T00:00:00Z`))
  expect(cell.numFmt).toBe('yyyy-mm-dd')
})

test('status, owner, SDG target and unit offer their lists from the Lists sheet', async () => {
  const { bytes } = await open('ru', false)
  const zip = await JSZip.loadAsync(bytes)
  const activities = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
  const indicators = await zip.file('xl/worksheets/sheet4.xml')!.async('string')
  expect(activities).toMatch(
    /<dataValidation type="list"[^>]*sqref="H3:H20002"[^>]*>\s*<formula1>Lists!\$A\$2:\$A\$6<\/formula1>/,
  )
  expect(activities).toMatch(/sqref="J3:J20002"[^>]*>\s*<formula1>Lists!\$B\$2:\$B\$\d+<\/formula1>/)
  expect(indicators).toMatch(/<formula1>Lists!\$D\$2:\$D\$11<\/formula1>/)
  expect(indicators).toMatch(/<formula1>Lists!\$E\$2:\$E\$8<\/formula1>/)
})

test('the template has one example row per sheet and the Read me explains every column', async () => {
  const { workbook } = await open('kk', true)
  for (const name of ['Activities', 'Indicators', 'Targets', 'Actuals']) {
    expect(workbook.getWorksheet(name)!.actualRowCount).toBe(3)
  }
  // The organisations the examples name: the activity's, and the indicator's when that is another.
  expect(workbook.getWorksheet('Organisations')!.actualRowCount).toBeGreaterThanOrEqual(3)
  expect(workbook.getWorksheet('Organisations')!.actualRowCount).toBeLessThanOrEqual(4)
  const readMe = workbook.getWorksheet('Read me')!
  expect(readMe.getRow(1).getCell(1).value).toBe('Бұл кітапты қалай толтыру керек')
  const explained: unknown[] = []
  readMe.eachRow((row) => explained.push(row.getCell(1).value))
  for (const key of ['code', 'title_kk', 'status', 'owner', 'sdg_targets', 'baseline_value', 'indicator', 'year']) {
    expect(explained).toContain(key)
  }
})

test('the template’s examples check out on their own: imported into an empty plan, they have no errors', async () => {
  const bytes = await writePlanWorkbook(data, { language: 'ru', template: true })
  const read = await readPlanWorkbook(bytes)
  if (!read.ok) throw new Error(read.error.code)
  const empty = { ...data, owners: [], tasks: [], indicators: [] }
  const result = previewImport(read.workbook, empty, { removeMissing: false })
  expect(result.issues).toEqual([])
  expect(result.counts.added).toBeGreaterThanOrEqual(5)
})
