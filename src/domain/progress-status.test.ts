import fc from 'fast-check'
import type { Indicator } from '../api/schemas'
import { assessProgress, expectedValue, progressStatuses, type ProgressStatus } from './progress-status'

type Series = Pick<Indicator, 'unit' | 'direction' | 'baseline' | 'targets' | 'actuals'>

const series = (overrides: Partial<Series>): Series => ({
  unit: 'percent',
  direction: 'increase',
  baseline: { year: 2020, value: 50 },
  targets: [{ year: 2030, value: 100 }],
  actuals: [],
  ...overrides,
})
const at = (year: number, value: number) => ({ year, value })

// Required growth 50 → 100 over 10 years: (2)^(1/10) − 1 = 7.177 % a year.
test.each<[string, Partial<Series>, ProgressStatus, string]>([
  ['no actual at all', {}, 'insufficient_data', 'no_actual_after_baseline'],
  ['only an actual in the baseline year', { actuals: [at(2020, 55)] }, 'insufficient_data', 'no_actual_after_baseline'],
  ['an actual before the baseline only', { actuals: [at(2019, 80)] }, 'insufficient_data', 'no_actual_after_baseline'],
  ['no targets', { targets: [], actuals: [at(2022, 60)] }, 'insufficient_data', 'no_target'],
  ['target reached exactly', { actuals: [at(2024, 100)] }, 'target_achieved', 'target_reached'],
  ['target passed', { actuals: [at(2024, 120)] }, 'target_achieved', 'target_reached'],
  ['on track: R = 1 (observed = required rate)', { actuals: [at(2025, 50 * 2 ** 0.5)] }, 'on_track', 'ratio'],
  [
    'on track at R just ≥ 0.95',
    { actuals: [at(2021, 50 * (1 + 0.95 * (2 ** 0.1 - 1)) + 0.0001)] },
    'on_track',
    'ratio',
  ],
  [
    'acceleration needed just under R = 0.95',
    { actuals: [at(2021, 50 * (1 + 0.94 * (2 ** 0.1 - 1)))] },
    'acceleration_needed',
    'ratio',
  ],
  [
    'acceleration needed at R = 0.6',
    { actuals: [at(2021, 50 * (1 + 0.6 * (2 ** 0.1 - 1)) + 0.0001)] },
    'acceleration_needed',
    'ratio',
  ],
  [
    'limited progress just under R = 0.6',
    { actuals: [at(2021, 50 * (1 + 0.59 * (2 ** 0.1 - 1)))] },
    'limited_progress',
    'ratio',
  ],
  ['limited progress with no change (R = 0)', { actuals: [at(2023, 50)] }, 'limited_progress', 'ratio'],
  ['deterioration when it fell', { actuals: [at(2023, 45)] }, 'deterioration', 'ratio'],
  ['the latest actual counts, not the best', { actuals: [at(2022, 99), at(2024, 40)] }, 'deterioration', 'ratio'],
  [
    'decrease: target reached',
    { direction: 'decrease', baseline: at(2020, 10), targets: [at(2030, 5)], actuals: [at(2024, 4)] },
    'target_achieved',
    'target_reached',
  ],
  [
    'decrease: on track',
    { direction: 'decrease', baseline: at(2020, 10), targets: [at(2030, 5)], actuals: [at(2025, 10 * 0.5 ** 0.5)] },
    'on_track',
    'ratio',
  ],
  [
    'decrease: going up is deterioration',
    { direction: 'decrease', baseline: at(2020, 10), targets: [at(2030, 5)], actuals: [at(2024, 12)] },
    'deterioration',
    'ratio',
  ],
  [
    'zero baseline is replaced by 0.001',
    { baseline: at(2020, 0), targets: [at(2030, 10)], actuals: [at(2025, 0.1)] },
    'on_track',
    'ratio',
  ],
  [
    'zero latest value is replaced by 0.001',
    { baseline: at(2020, 5), targets: [at(2030, 10)], actuals: [at(2022, 0)] },
    'deterioration',
    'ratio',
  ],
  // A zero target becomes 0.001, so the required rate is steep (−59 %/yr): halving twice in 5 years is R ≈ 0.41.
  [
    'zero target on a decrease indicator',
    { direction: 'decrease', baseline: at(2020, 8), targets: [at(2030, 0)], actuals: [at(2025, 2)] },
    'limited_progress',
    'ratio',
  ],
  [
    'baseline and latest of opposite signs',
    { baseline: at(2020, -2), targets: [at(2030, 10)], actuals: [at(2024, 3)] },
    'insufficient_data',
    'opposite_signs',
  ],
  [
    'negative values: less negative is progress (s = −1)',
    { baseline: at(2020, -10), targets: [at(2030, -5)], actuals: [at(2025, -10 * 0.5 ** 0.5)] },
    'on_track',
    'ratio',
  ],
  [
    'target equal to the baseline, not reached',
    { baseline: at(2020, 80), targets: [at(2030, 80)], actuals: [at(2024, 75)] },
    'deterioration',
    'target_equals_baseline',
  ],
])('%s', (_, overrides, status, rule) => {
  const result = assessProgress(series(overrides))
  expect(result.status).toBe(status)
  expect(result.rule).toBe(rule)
})

test('reports its inputs: the rates, R and the expected value now', () => {
  const result = assessProgress(series({ targets: [at(2025, 75), at(2030, 100)], actuals: [at(2022, 55)] }))
  expect(result.latest).toEqual(at(2022, 55))
  expect(result.finalTarget).toEqual(at(2030, 100))
  expect(result.cagrObserved).toBeCloseTo(1.1 ** 0.5 - 1, 10)
  expect(result.cagrRequired).toBeCloseTo(2 ** 0.1 - 1, 10)
  expect(result.ratio).toBeCloseTo((1.1 ** 0.5 - 1) / (2 ** 0.1 - 1), 10)
  expect(result.expected).toEqual(at(2022, 60)) // 50 → 75 over 2020–2025, interpolated
  expect(result.gap).toBeCloseTo(-5, 10)
})

describe('level indicators (0-based stages)', () => {
  const levels = (actual: number, baseline = 1) =>
    assessProgress(
      series({
        unit: 'level',
        baseline: at(2022, baseline),
        targets: [at(2024, 2), at(2026, 3), at(2029, 4)],
        actuals: [at(2025, actual)],
      }),
    )
  test.each<[string, number, number, ProgressStatus, string]>([
    ['at the final stage', 4, 1, 'target_achieved', 'target_reached'],
    ['at the expected stage (2.5 in 2025 rounds down to 2)', 2, 1, 'on_track', 'level_on_track'],
    ['above the expected stage', 3, 1, 'on_track', 'level_on_track'],
    ['below expected but above the baseline', 1, 0, 'limited_progress', 'level_above_baseline'],
    ['below expected, at the baseline', 1, 1, 'limited_progress', 'level_at_baseline'],
    ['below the baseline', 0, 1, 'deterioration', 'level_below_baseline'],
  ])('%s', (_, actual, baseline, status, rule) => {
    const result = levels(actual, baseline)
    expect(result.status).toBe(status)
    expect(result.rule).toBe(rule)
  })
})

describe('expectedValue', () => {
  const indicator = { baseline: at(2020, 10), targets: [at(2024, 30), at(2030, 60)] }
  test.each([
    [2020, 10],
    [2022, 20],
    [2024, 30], // declared target
    [2027, 45],
    [2030, 60],
    [2035, 60], // after the last target: the final target
    [2015, 10], // before the baseline: the baseline
  ])('in %i is %d', (year, value) => {
    expect(expectedValue(indicator, year)).toBeCloseTo(value, 10)
  })
})

// Property-based invariants of the method.
const year = fc.integer({ min: 2016, max: 2022 })
const positive = fc.double({ min: 0.5, max: 1000, noNaN: true })
const indicatorArb = fc
  .record({
    baseYear: year,
    span: fc.integer({ min: 3, max: 12 }),
    y0: positive,
    yT: positive,
    yt: positive,
    lag: fc.integer({ min: 1, max: 3 }),
    direction: fc.constantFrom('increase' as const, 'decrease' as const),
  })
  .filter(({ y0, yT }) => Math.abs(y0 - yT) > 1e-6)
  .map(({ baseYear, span, y0, yT, yt, lag, direction }) =>
    series({
      direction,
      baseline: at(baseYear, y0),
      targets: [at(baseYear + span, yT)],
      actuals: [at(baseYear + Math.min(lag, span), yt)],
    }),
  )

test('reaching or passing the target always gives "Target achieved"', () => {
  fc.assert(
    fc.property(indicatorArb, (indicator) => {
      const target = indicator.targets[0]!.value
      const reached = { ...indicator, actuals: [{ ...indicator.actuals[0]!, value: target }] }
      expect(assessProgress(reached).status).toBe('target_achieved')
    }),
  )
})

test('raising the latest value of an "increase" indicator never gives a worse status', () => {
  const rank = (status: ProgressStatus) => progressStatuses.indexOf(status) // best first
  fc.assert(
    fc.property(indicatorArb, fc.double({ min: 0, max: 500, noNaN: true }), (indicator, raise) => {
      const up = { ...indicator, direction: 'increase' as const }
      const latest = up.actuals[0]!
      const higher = { ...up, actuals: [{ ...latest, value: latest.value + raise }] }
      expect(rank(assessProgress(higher).status)).toBeLessThanOrEqual(rank(assessProgress(up).status))
    }),
  )
})

test('every status the method returns is one of the six', () => {
  fc.assert(
    fc.property(indicatorArb, (indicator) => {
      expect(progressStatuses).toContain(assessProgress(indicator).status)
    }),
  )
})
