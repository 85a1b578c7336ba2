import { withActual } from './report-effect'

test.each([
  [
    'adds a new year in order',
    [{ year: 2022, value: 1 }],
    2023,
    5,
    [
      { year: 2022, value: 1 },
      { year: 2023, value: 5 },
    ],
  ],
  [
    'replaces the same year',
    [
      { year: 2022, value: 1 },
      { year: 2023, value: 2 },
    ],
    2022,
    9,
    [
      { year: 2022, value: 9 },
      { year: 2023, value: 2 },
    ],
  ],
  [
    'inserts an earlier year first',
    [{ year: 2023, value: 2 }],
    2021,
    0,
    [
      { year: 2021, value: 0 },
      { year: 2023, value: 2 },
    ],
  ],
  ['starts a series', [], 2024, 3, [{ year: 2024, value: 3 }]],
])('%s', (_, actuals, year, value, expected) => {
  expect(withActual({ actuals }, year, value).actuals).toEqual(expected)
})
