import { capped, cellText, shownRowLimit, summaryColumns } from './preview-rows'

test.each([
  ['Activities', 'ru', ['code', 'title_ru']],
  ['Organisations', 'kk', ['id', 'name_kk']],
  ['Indicators', 'en', ['code', 'name_en']],
  ['Targets', 'en', ['indicator', 'year', 'value']],
] as const)('a row of %s in %s is named by %j', (sheet, language, expected) => {
  expect(summaryColumns(sheet, language)).toEqual(expected)
})

test.each([
  [null, null],
  [undefined, null],
  ['', null],
  [0, '0'],
  ['=1+1', '=1+1'],
])('the cell %j reads %j', (value, expected) => {
  expect(cellText(value)).toBe(expected)
})

test('long lists are cut with a count of the rest', () => {
  const items = Array.from({ length: shownRowLimit + 3 }, (_, index) => index)
  expect(capped(items).shown).toHaveLength(shownRowLimit)
  expect(capped(items).more).toBe(3)
  expect(capped([1, 2]).more).toBe(0)
})
