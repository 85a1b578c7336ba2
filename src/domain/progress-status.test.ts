import fc from 'fast-check'
import type { Indicator } from '../api/schemas'
import {
  assessProgress,
  expectedInYear,
  expectedValue,
  progressStatuses,
  trendSinceBaseline,
  type ProgressStatus,
  type Trend,
} from './progress-status'

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
/** Baseline y0 in 2020, final target yT in 2021 and the latest actual yt in 2021: R = (yt − y0) / (yT − y0). */
const exact = (y0: number, yT: number, yt: number): Partial<Series> => ({
  baseline: at(2020, y0),
  targets: [at(2021, yT)],
  actuals: [at(2021, yt)],
})

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
  // Exact cut-offs, one year from baseline to final target so that R is a plain ratio of the two changes:
  // the boundaries belong to the better status (docs/product.md: R ≥ 0.95 on track, 0.60 ≤ R, 0 ≤ R).
  ['R = 0.95 exactly is on track (1 → 1.95, target 2)', exact(1, 2, 1.95), 'on_track', 'ratio'],
  ['R = 0.60 exactly needs acceleration (1 → 4, target 6)', exact(1, 6, 4), 'acceleration_needed', 'ratio'],
  ['R = 0 exactly is limited progress (1 → 1, target 2)', exact(1, 2, 1), 'limited_progress', 'ratio'],
  [
    'final target of the opposite sign to the baseline',
    { direction: 'decrease', baseline: at(2020, 5), targets: [at(2030, -1)], actuals: [at(2024, 4)] },
    'insufficient_data',
    'opposite_signs',
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
  // A bent trajectory: fast to 2024, slow after. A straight line from the baseline to the final target would give
  // 18 in 2022 and 28.33 in 2027, so these cases fail if the intermediate target is ignored.
  const indicator = { baseline: at(2020, 10), targets: [at(2024, 30), at(2030, 36)] }
  test.each([
    [2020, 10],
    [2022, 20],
    [2024, 30], // declared target
    [2027, 33],
    [2030, 36],
    [2035, 36], // after the last target: the final target
    [2015, 10], // before the baseline: the baseline
  ])('in %i is %d', (year, value) => {
    expect(expectedValue(indicator, year)).toBeCloseTo(value, 10)
  })
})

describe('expectedInYear: "expected this year" in the indicators table', () => {
  const percent = { unit: 'percent' as const, baseline: at(2020, 10), targets: [at(2024, 30), at(2030, 36)] }
  // Stages 0–4: 1 in 2022, 2 in 2024, 3 in 2026, 4 in 2029; 2025 is halfway from stage 2 to 3.
  const level = { unit: 'level' as const, baseline: at(2022, 1), targets: [at(2024, 2), at(2026, 3), at(2029, 4)] }
  test.each<[string, Parameters<typeof expectedInYear>[0], number, number | undefined]>([
    ['before the baseline year: nothing expected yet', percent, 2019, undefined],
    ['in the baseline year: the baseline', percent, 2020, 10],
    ['exactly on a declared target year: that target', percent, 2024, 30],
    ['between two targets: interpolated between them, not from the baseline', percent, 2027, 33],
    ['in the final target year: the final target', percent, 2030, 36],
    ['after the final target year: still the final target', percent, 2033, 36],
    ['level, between two targets: the expected stage rounded down (2.5 → 2)', level, 2025, 2],
    ['level, between the baseline and a target: rounded down (1.5 → 1)', level, 2023, 1],
    ['level, on a declared target year: that stage', level, 2026, 3],
    ['level, two thirds of the way to the final stage: rounded down (3.67 → 3)', level, 2028, 3],
    ['level, before the baseline year: nothing expected yet', level, 2021, undefined],
  ])('%s', (_, indicator, year, value) => {
    const result = expectedInYear(indicator, year)
    if (value === undefined) expect(result).toBeUndefined()
    else {
      expect(result?.year).toBe(year)
      expect(result?.value).toBeCloseTo(value, 10)
    }
  })

  test('is the expected value the progress method judges the latest actual against', () => {
    const indicator = series({ ...level, actuals: [at(2025, 2)] })
    expect(assessProgress(indicator).expected).toEqual(expectedInYear(indicator, 2025))
  })
})

describe('trendSinceBaseline: the direction of the small trend', () => {
  test.each<[string, Partial<Series>, Trend]>([
    ['increase, latest above the baseline', { actuals: [at(2022, 55)] }, 'improving'],
    ['increase, latest below the baseline', { actuals: [at(2022, 45)] }, 'worsening'],
    ['decrease, latest below the baseline', { direction: 'decrease', actuals: [at(2022, 45)] }, 'improving'],
    ['decrease, latest above the baseline', { direction: 'decrease', actuals: [at(2022, 55)] }, 'worsening'],
    ['latest equal to the baseline', { actuals: [at(2022, 50)] }, 'unchanged'],
    ['the latest actual counts, not the best one', { actuals: [at(2021, 70), at(2023, 48)] }, 'worsening'],
    ['no actual after the baseline year', { actuals: [at(2019, 10), at(2020, 60)] }, 'no_data'],
  ])('%s', (_, overrides, trend) => {
    expect(trendSinceBaseline(series(overrides))).toBe(trend)
  })
})

// Property-based invariants of the method.
const year = fc.integer({ min: 2016, max: 2022 })
const positive = fc.double({ min: 0.5, max: 1000, noNaN: true })
// Zero, negative and positive values, so sign changes and the 0.001 rule are exercised. Magnitudes start at the
// method's own floor (0.001): a subnormal such as 5e-324 is not an indicator value, and its growth rate overflows.
const anyValue = fc.oneof(
  fc.constant(0),
  fc.double({ min: -1000, max: -0.001, noNaN: true }),
  fc.double({ min: 0.001, max: 1000, noNaN: true }),
)
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

test('every status the method returns is one of the six, with finite rates, for any signs and zeros', () => {
  fc.assert(
    fc.property(
      year,
      fc.integer({ min: 1, max: 12 }),
      anyValue,
      anyValue,
      anyValue,
      fc.constantFrom('increase' as const, 'decrease' as const),
      (baseYear, span, y0, yT, yt, direction) => {
        const result = assessProgress(
          series({
            direction,
            baseline: at(baseYear, y0),
            targets: [at(baseYear + span, yT)],
            actuals: [at(baseYear + span, yt)],
          }),
        )
        expect(progressStatuses).toContain(result.status)
        if (result.ratio !== undefined) expect(Number.isFinite(result.ratio)).toBe(true)
      },
    ),
  )
})

test('values of opposite signs (after the zero rule) are "insufficient data" unless the target is reached', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 1000, noNaN: true }),
      fc.double({ min: 0.01, max: 1000, noNaN: true }),
      fc.double({ min: 1001, max: 2000, noNaN: true }),
      (y0, yt, yT) => {
        const result = assessProgress(
          series({ baseline: at(2020, -y0), targets: [at(2030, yT)], actuals: [at(2024, yt)] }),
        )
        expect(result).toMatchObject({ status: 'insufficient_data', rule: 'opposite_signs' })
      },
    ),
  )
})
