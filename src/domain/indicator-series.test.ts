import { indicatorYears } from './indicator-series'

test('one row per year from the baseline to the last target, with declared, expected and actual values', () => {
  const rows = indicatorYears({
    unit: 'percent',
    baseline: { year: 2022, value: 36 },
    targets: [
      { year: 2024, value: 40 },
      { year: 2026, value: 50 },
    ],
    actuals: [
      { year: 2023, value: 37 },
      { year: 2025, value: 41 },
    ],
  })
  expect(rows).toEqual([
    { year: 2022, target: 36, expected: 36, actual: 36 },
    { year: 2023, target: undefined, expected: 38, actual: 37 },
    { year: 2024, target: 40, expected: 40, actual: undefined },
    { year: 2025, target: undefined, expected: 45, actual: 41 },
    { year: 2026, target: 50, expected: 50, actual: undefined },
  ])
})

test('a level indicator expects the stage reached, as the progress method counts it: 2.5 is still stage 2', () => {
  const rows = indicatorYears({
    unit: 'level',
    baseline: { year: 2022, value: 1 },
    targets: [{ year: 2026, value: 3 }],
    actuals: [],
  })
  expect(rows.map((row) => row.expected)).toEqual([1, 1, 2, 2, 3])
})
