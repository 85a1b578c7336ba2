import Papa from 'papaparse'
import { safeFileName, toCsv } from './csv'

test('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
  const csv = toCsv(['Код', 'Атауы'], [['1.1', 'Іс-шара']])
  expect(csv.startsWith('\uFEFF')).toBe(true)
  expect(csv).toBe('\uFEFFКод,Атауы\r\n1.1,Іс-шара\r\n')
})

test.each([
  ['a plain cell', 'Teacher training', 'Teacher training'],
  ['a comma', 'Astana, Almaty', '"Astana, Almaty"'],
  ['a quote', 'the "green school" pilot', '"the ""green school"" pilot"'],
  ['a line break', 'line one\nline two', '"line one\nline two"'],
  ['=', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ['+', '+15% for rural schools', `"'+15% for rural schools"`],
  ['-', '-1', `"'-1"`],
  ['@', '@SUM(A1)', `"'@SUM(A1)"`],
  ['tab', '\t=1', `"'\t=1"`],
  ['carriage return', '\r=1', `"'\r=1"`],
  ['line feed first', '\n=1+1', `"'\n=1+1"`],
  ['= and a line break', '=1+\n1', `"'=1+\n1"`],
  ['a HYPERLINK then a note line', '=HYPERLINK("http://x","y")\nnote', `"'=HYPERLINK(""http://x"",""y"")\nnote"`],
  ['@ and CRLF', '@SUM(A1)\r\nx', `"'@SUM(A1)\r\nx"`],
  ['+ on the second line only', 'note\n+1', '"note\n+1"'],
  ['a formula sign inside', 'A = B', 'A = B'],
])('a cell with %s', (_, cell, expected) => {
  const csv = toCsv(['x'], [[cell]])
  expect(csv).toBe(`\uFEFFx\r\n${expected}\r\n`)
})

test('round-trips through a CSV parser with the same rows', () => {
  const rows = [
    ['1.1', 'Мұғалімдерді оқыту, "жасыл" мектеп', '25 %'],
    ['1.2', 'Line\r\nbreak', ''],
  ]
  const parsed = Papa.parse<string[]>(toCsv(['a', 'b', 'c'], rows).slice(1), { skipEmptyLines: true }).data
  expect(parsed).toEqual([['a', 'b', 'c'], ...rows])
})

test('file names keep letters of any script and drop the rest', () => {
  expect(safeFileName('іс-шаралар', '2026-06-01', 'status=delayed,in_progress')).toBe(
    'іс-шаралар_2026-06-01_status-delayed-in_progress',
  )
})
