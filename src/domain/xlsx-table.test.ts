// @vitest-environment node
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { ExportTable } from './export-table'
import { sheetName, writeXlsxTable } from './xlsx-table'

const table: ExportTable = {
  title: 'Activities: 2026/27',
  columns: [
    { header: 'Title', kind: 'text' },
    { header: 'Progress, %', kind: 'number' },
    { header: 'Completed, %', kind: 'percent' },
    { header: 'Due date', kind: 'date' },
  ],
  rows: [
    ['=HYPERLINK("http://x","y")', 45, 50, '2026-03-31'],
    ['+1', 0, null, null],
    ['-1', 100, 100, '2027-01-01'],
    ['@SUM(A1)', 7, 0, '2026-12-31'],
    ['\tTabbed', 1, 1, '2026-01-01'],
    ['\r\n=1+1', 2, 2, '2026-01-02'],
  ],
}

// An XML parser reads a stored CR LF back as LF (XML 1.0 §2.11); the text is otherwise what was written.
const asStored = (text: unknown) => String(text).replace(/\r\n?/g, '\n')

async function readBack(bytes: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no worksheet')
  return sheet
}

test('writes one header row, then the rows in their order', async () => {
  const sheet = await readBack(await writeXlsxTable(table))
  expect(sheet.getRow(1).values).toEqual([undefined, 'Title', 'Progress, %', 'Completed, %', 'Due date'])
  expect(sheet.rowCount).toBe(table.rows.length + 1)
  expect(sheet.getColumn(1).values.slice(2)).toEqual(table.rows.map((row) => asStored(row[0])))
})

test('numbers are numbers, percentages fractions with a percent format, dates real dates', async () => {
  const sheet = await readBack(await writeXlsxTable(table))
  const row = sheet.getRow(2)
  expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number)
  expect(row.getCell(2).value).toBe(45)
  expect(row.getCell(3).value).toBe(0.5)
  expect(row.getCell(3).numFmt).toBe('0%')
  expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date)
  expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2026, 2, 31)))
  expect(sheet.getRow(3).getCell(4).type).toBe(ExcelJS.ValueType.Null)
})

test('text that looks like a formula is stored as text, and no cell of the file is a formula', async () => {
  const bytes = await writeXlsxTable(table)
  const sheet = await readBack(bytes)
  for (const [index, row] of table.rows.entries()) {
    const cell = sheet.getRow(index + 2).getCell(1)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe(asStored(row[0]))
  }
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')
  expect(xml).toBeDefined()
  expect(xml).not.toContain('<f>')
})

test('the header stays in view and carries an autofilter over every column', async () => {
  const sheet = await readBack(await writeXlsxTable(table))
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  expect(sheet.autoFilter).toBe('A1:D1')
  expect(sheet.getRow(1).font?.bold).toBe(true)
  expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('=HYPERLINK("http://x","y")'.length)
})

test.each([
  ['Activities: 2026/27', 'Activities  2026 27'],
  ['a'.repeat(40), 'a'.repeat(31)],
  ['[*?]', 'Sheet1'],
])('the sheet name %j becomes %j', (title, expected) => {
  expect(sheetName(title)).toBe(expected)
})
