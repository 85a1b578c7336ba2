import { pinnedNow, pinnedToday } from '../test/pinned-date'
import { addDays, daysBetween, isIsoDate, localToday } from './calendar'

test('today is the local calendar day, not the UTC one, in the small hours east of Greenwich', () => {
  expect(pinnedNow.toISOString().slice(0, 10)).toBe('2026-05-31')
  expect(localToday(pinnedNow)).toBe(pinnedToday)
  expect(localToday()).toBe(pinnedToday)
})

test.each([
  ['2026-06-01', '2026-06-01', 0],
  ['2026-05-31', '2026-06-01', 1],
  ['2026-06-01', '2026-05-31', -1],
  ['2024-02-28', '2024-03-01', 2],
  ['2026-03-28', '2026-03-30', 2],
])('from %s to %s is %i days', (from, to, days) => {
  expect(daysBetween(from, to)).toBe(days)
  expect(addDays(from, days)).toBe(to)
})

test.each([
  ['2026-06-01', true],
  ['2026-02-29', false],
  ['2024-02-29', true],
  ['2026-6-1', false],
  ['yesterday', false],
])('%s is a date: %s', (value, valid) => {
  expect(isIsoDate(value)).toBe(valid)
})

describe('daysBetween, asked again and again', () => {
  it('answers the same from the kept day numbers as the first time, across years and leap days', () => {
    const dates = Array.from({ length: 1_200 }, (_, index) => addDays('2024-01-01', index))
    for (let round = 0; round < 2; round++) {
      for (const date of dates) {
        expect(daysBetween(date, '2026-12-04')).toBe(
          Math.round((Date.UTC(2026, 11, 4) - Date.parse(date)) / 86_400_000),
        )
      }
    }
  })
})
