import { formatSignedNumber, formatDate, formatDateTime, formatNumber, formatPercent, parseIsoDate } from './format'

test.each([
  ['en', '6 Apr 2023'],
  ['ru', '6 апр. 2023 г.'],
  ['kk', '06.04.2023'],
] as const)('a date in %s reads "%s"', (language, expected) => {
  expect(formatDate('2023-04-06', language)).toBe(expected)
})

test('a contract date is a calendar day in any time zone, not an instant', () => {
  expect(parseIsoDate('2026-01-01').getDate()).toBe(1)
  expect(parseIsoDate('2026-01-01').getMonth()).toBe(0)
})

test('a timestamp shows date and time in the browser’s zone', () => {
  expect(formatDateTime('2026-05-29T16:30:00+05:00', 'kk')).toBe('29.05.2026, 16:30')
  expect(formatDateTime('2026-05-29T16:30:00+05:00', 'en')).toBe('29 May 2026, 16:30')
})

test.each([
  ['en', 12400.5, '12,400.5'],
  ['ru', 12400.5, '12\u00a0400,5'],
  ['kk', 12400.5, '12\u00a0400,5'],
] as const)('numbers in %s', (language, value, expected) => {
  expect(formatNumber(value, language)).toBe(expected)
})

test('percentages follow the locale', () => {
  expect(formatPercent(23.4, 'en')).toBe('23%')
  expect(formatPercent(23.4, 'ru')).toBe('23\u00a0%')
  // Kazakh as Kazakhstan writes it, with the space ICU's kk data lacks.
  expect(formatPercent(51.5, 'kk', 1)).toBe('51,5\u00a0%')
  expect(formatPercent(100, 'kk')).toBe('100\u00a0%')
})

test.each([
  [4, 'en', '+4'],
  [-2, 'en', '−2'],
  [0, 'en', '0'],
  [-1200, 'ru', '−1\u00a0200'],
  [3, 'kk', '+3'],
] as const)('a change of %d in %s reads %s', (value, language, expected) => {
  expect(formatSignedNumber(value, language)).toBe(expected)
})
