import { formatIndicatorValue, formatRate } from './indicator-values'

const levels = [
  { en: 'Not reflected', ru: 'Не отражено' },
  { en: 'Policy adopted', ru: 'Политика принята' },
]

test.each([
  ['percent', 85.25, 'en', '85.3%'],
  ['percent', 85.25, 'ru', '85,3\u00a0%'],
  ['count', 12400, 'ru', '12\u00a0400'],
  ['count', 12400, 'en', '12,400'],
  ['score', 424.6, 'kk', '425'],
  ['index', 0.617, 'en', '0.62'],
  ['ratio', 1.5, 'ru', '1,5'],
  ['years', 11.46, 'en', '11.5'],
] as const)('%s %d in %s is "%s"', (unit, value, language, expected) => {
  expect(formatIndicatorValue(value, { unit }, language)).toBe(expected)
})

test('level values are the names of their stages, with the usual language fallback', () => {
  expect(formatIndicatorValue(1, { unit: 'level', levels }, 'ru')).toBe('Политика принята')
  expect(formatIndicatorValue(0, { unit: 'level', levels }, 'kk')).toBe('Not reflected')
  expect(formatIndicatorValue(5, { unit: 'level', levels }, 'en')).toBe('5')
})

test('rates carry their sign', () => {
  expect(formatRate(0.07177, 'en')).toBe('+7.2%')
  expect(formatRate(-0.05, 'ru')).toBe('-5\u00a0%')
  expect(formatRate(0, 'en')).toBe('0%')
})

test.each([
  ['percent', 51.5, '51,5\u00a0%'],
  ['count', 2100, '2\u00a0100'],
] as const)('Kazakh %s values: decimal comma, space grouping, space before %%: %d → "%s"', (unit, value, expected) => {
  expect(formatIndicatorValue(value, { unit }, 'kk')).toBe(expected)
})

test('a Kazakh rate of change keeps its sign and the space before %', () => {
  expect(formatRate(0.0718, 'kk')).toBe('+7,2\u00a0%')
})
