// @vitest-environment node
// Files that are not what they claim: each gets a clear refusal (never an exception), and nothing is evaluated.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { readPlanWorkbook } from './read-workbook'
import { samplePlanData } from './test/sample'
import { writePlanWorkbook } from './write-workbook'

const asBytes = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer())

async function activitiesWith(cells: Record<string, ExcelJS.CellValue>) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Activities')
  sheet.addRow(Object.keys(cells))
  sheet.addRow(Object.keys(cells))
  sheet.addRow(Object.values(cells))
  return asBytes(workbook)
}

async function rezip(bytes: Uint8Array, change: (zip: JSZip) => void) {
  const zip = await JSZip.loadAsync(bytes)
  change(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** The issues of the data row; the test sheets leave out required columns, which is an issue on row 1. */
const rowIssues = (read: Awaited<ReturnType<typeof readPlanWorkbook>>) =>
  read.ok ? read.workbook.issues.filter((issue) => issue.row === 3) : undefined

const refusal = async (bytes: Uint8Array) => {
  const read = await readPlanWorkbook(bytes)
  return read.ok ? 'read' : read.error.code
}

test('a CSV renamed to .xlsx is not a workbook', async () => {
  expect(await refusal(new TextEncoder().encode('code;title_en\n1.1;Reactivate\n'))).toBe('not_a_workbook')
})

test('an old binary .xls is not a workbook', async () => {
  expect(
    await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])),
  ).toBe('not_a_workbook')
})

test('a zip that is not a spreadsheet is not a workbook', async () => {
  const zip = new JSZip()
  zip.file('word/document.xml', '<w:document/>')
  expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toBe('not_a_workbook')
})

test('a file over 10 MiB is refused before it is opened', async () => {
  expect(await readPlanWorkbook(new Uint8Array(10 * 1024 * 1024 + 1))).toEqual({
    ok: false,
    error: { code: 'too_large', params: { limit: 10 } },
  })
})

test('a part that inflates a thousandfold is a zip bomb, refused from the directory alone', async () => {
  const bytes = await rezip(await activitiesWith({ code: '1.1' }), (zip) =>
    zip.file('xl/padding.xml', '0'.repeat(20e6)),
  )
  expect(bytes.length).toBeLessThan(100_000)
  expect(await refusal(bytes)).toBe('zip_bomb')
})

test('a zip that declares smaller parts than it holds is a zip bomb too', async () => {
  const bytes = await rezip(await activitiesWith({ code: '1.1' }), (zip) =>
    zip.file('xl/padding.xml', 'x'.repeat(500_000)),
  )
  // Rewrite the declared size of xl/padding.xml in the central directory to 10 bytes.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const name = new TextEncoder().encode('xl/padding.xml')
  for (let at = 0; at < bytes.length - 46; at += 1) {
    const isEntry = view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === name.length
    if (isEntry && name.every((byte, i) => bytes[at + 46 + i] === byte)) view.setUint32(at + 24, 10, true)
  }
  expect(await refusal(bytes)).toBe('zip_bomb')
})

test('a macro-enabled workbook is refused, by its VBA part or by its content type', async () => {
  const plain = await activitiesWith({ code: '1.1' })
  const withVba = await rezip(plain, (zip) => zip.file('xl/vbaProject.bin', new Uint8Array(64)))
  expect(await refusal(withVba)).toBe('macro_enabled')
  const xlsm = await rezip(plain, (zip) => {
    const types =
      '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'
    zip.file('[Content_Types].xml', types)
  })
  expect(await refusal(xlsm)).toBe('macro_enabled')
})

test('a workbook without any plan sheet says so', async () => {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Sheet1').addRow(['code'])
  expect(await refusal(await asBytes(workbook))).toBe('no_plan_sheets')
})

test('more than 20,000 rows are refused', async () => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Targets')
  sheet.addRow(['indicator', 'year', 'value'])
  sheet.addRow(['Indicator', 'Year', 'Value'])
  for (let i = 0; i < 20_001; i += 1) sheet.addRow(['4.1.1', 2024, i])
  expect(await refusal(await asBytes(workbook))).toBe('too_many_rows')
})

test('a formula cell is read as the value Excel saved with it, never computed', async () => {
  const bytes = await activitiesWith({ code: '1.1', progress: { formula: '1+1', result: 70 }, title_en: 'x' })
  const read = await readPlanWorkbook(bytes)
  expect(read.ok && read.workbook.sheets[0]?.rows).toEqual([
    { row: 3, cells: { code: '1.1', progress: 70, title_en: 'x' } },
  ])
  expect(rowIssues(read)).toEqual([])
})

test('a formula cell without a saved value, or with an error, is an error on that cell', async () => {
  const bytes = await activitiesWith({
    code: '1.1',
    progress: { formula: 'A1*2' } as ExcelJS.CellFormulaValue,
    status: { error: '#N/A' } as ExcelJS.CellErrorValue,
  })
  const read = await readPlanWorkbook(bytes)
  expect(rowIssues(read)).toEqual([
    { sheet: 'Activities', row: 3, column: 'B', key: 'progress', code: 'formula_without_value' },
    { sheet: 'Activities', row: 3, column: 'C', key: 'status', code: 'error_value', params: { value: '#N/A' } },
  ])
})

test('text that looks like a formula is written as text and read back unchanged', async () => {
  const data = samplePlanData()
  const [first, ...rest] = data.tasks
  if (!first) throw new Error('no activities')
  const hostile = {
    ...first,
    title: { en: '=HYPERLINK("http://x","y")', ru: '+7 701', kk: '@SUM(A1)' },
    description: { en: '-1\ttab\nline' },
  }
  const bytes = await writePlanWorkbook({ ...data, tasks: [hostile, ...rest] }, { language: 'en', template: false })
  const zip = await JSZip.loadAsync(bytes)
  const sheetXml = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.startsWith('xl/worksheets/'))
      .map((name) => zip.file(name)?.async('string')),
  )
  expect(sheetXml.join('')).not.toMatch(/<f[ >]/)
  const read = await readPlanWorkbook(bytes)
  const row = read.ok ? read.workbook.sheets.find((s) => s.name === 'Activities')?.rows[0]?.cells : undefined
  expect(row).toMatchObject({
    title_en: '=HYPERLINK("http://x","y")',
    title_ru: '+7 701',
    title_kk: '@SUM(A1)',
    description_en: '-1\ttab\nline',
  })
})
