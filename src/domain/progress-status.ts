// Indicator progress status, the method of Open SDG (from Statistics Canada) that Kazakhstan's national SDG platform
// uses, so the dashboard's figures agree with it. Sources: Open SDG docs/progress-methodology.md and
// sdg-build/sdg/ProgressMeasure.py; docs/product.md, "Indicator progress status", is the specification followed here.
import type { Indicator } from '../api/schemas'

export const progressStatuses = [
  'target_achieved',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deterioration',
  'insufficient_data',
] as const
export type ProgressStatus = (typeof progressStatuses)[number]

/** Which rule decided the status; the "why this status?" text is written per rule. */
export type ProgressRule =
  | 'no_actual_after_baseline'
  | 'no_target'
  | 'target_reached'
  | 'opposite_signs'
  | 'target_equals_baseline'
  | 'ratio'
  | 'level_on_track'
  | 'level_above_baseline'
  | 'level_at_baseline'
  | 'level_below_baseline'

export interface YearValue {
  year: number
  value: number
}

export interface ProgressAssessment {
  status: ProgressStatus
  rule: ProgressRule
  baseline: YearValue
  latest?: YearValue
  finalTarget?: YearValue
  /** Where the indicator should be in the latest actual's year: the declared target, else interpolated. */
  expected?: YearValue
  /** latest − expected, in the indicator's unit. */
  gap?: number
  cagrObserved?: number
  cagrRequired?: number
  ratio?: number
}

type Series = Pick<Indicator, 'unit' | 'direction' | 'baseline' | 'targets' | 'actuals'>

/** The declared target for `year`, else linear interpolation between the neighbouring points of baseline + targets. */
export function expectedValue(indicator: Pick<Indicator, 'baseline' | 'targets'>, year: number): number {
  const points = [indicator.baseline, ...indicator.targets.filter((p) => p.year > indicator.baseline.year)].sort(
    (a, b) => a.year - b.year,
  )
  const declared = points.find((p) => p.year === year)
  if (declared) return declared.value
  const first = points[0] ?? indicator.baseline
  const last = points[points.length - 1] ?? indicator.baseline
  if (year <= first.year) return first.value
  if (year >= last.year) return last.value
  const upperIndex = points.findIndex((p) => p.year > year)
  const lower = points[upperIndex - 1] ?? first
  const upper = points[upperIndex] ?? last
  return lower.value + ((upper.value - lower.value) * (year - lower.year)) / (upper.year - lower.year)
}

/**
 * Where the indicator should be in `year`, as the method measures it: the declared target of that year, else the
 * interpolated value; for `unit: "level"` the expected stage, rounded down (docs/product.md). Nothing before the
 * baseline year, where the trajectory has not started; the final target after the last target year.
 */
export function expectedInYear(
  indicator: Pick<Indicator, 'unit' | 'baseline' | 'targets'>,
  year: number,
): YearValue | undefined {
  if (year < indicator.baseline.year) return undefined
  const value = expectedValue(indicator, year)
  return { year, value: indicator.unit === 'level' ? Math.floor(value) : value }
}

/** The latest actual after the baseline year, if any. */
export function latestActual(indicator: Pick<Indicator, 'baseline' | 'actuals'>): YearValue | undefined {
  return indicator.actuals
    .filter((a) => a.year > indicator.baseline.year)
    .reduce<YearValue | undefined>((latest, a) => (!latest || a.year > latest.year ? a : latest), undefined)
}

function assessLevels(base: ProgressAssessment, latest: YearValue, finalTarget: YearValue): ProgressAssessment {
  if (latest.value >= finalTarget.value) return { ...base, status: 'target_achieved', rule: 'target_reached' }
  const expectedLevel = base.expected?.value ?? finalTarget.value
  if (latest.value >= expectedLevel) return { ...base, status: 'on_track', rule: 'level_on_track' }
  if (latest.value > base.baseline.value) return { ...base, status: 'limited_progress', rule: 'level_above_baseline' }
  if (latest.value < base.baseline.value) return { ...base, status: 'deterioration', rule: 'level_below_baseline' }
  return { ...base, status: 'limited_progress', rule: 'level_at_baseline' }
}

/** Replace a zero by 0.001, as the method does, so growth rates stay defined. */
const nonZero = (value: number) => (value === 0 ? 0.001 : value)

export function assessProgress(indicator: Series): ProgressAssessment {
  const baseline = indicator.baseline
  const latest = latestActual(indicator)
  const finalTarget = indicator.targets[indicator.targets.length - 1]
  if (!latest) return { status: 'insufficient_data', rule: 'no_actual_after_baseline', baseline, finalTarget }
  if (!finalTarget || finalTarget.year <= baseline.year) {
    return { status: 'insufficient_data', rule: 'no_target', baseline, latest, finalTarget }
  }
  // The latest actual comes after the baseline year, so there is always an expected value for it.
  const expected = expectedInYear(indicator, latest.year) ?? { year: latest.year, value: finalTarget.value }
  const base: ProgressAssessment = {
    status: 'insufficient_data',
    rule: 'ratio',
    baseline,
    latest,
    finalTarget,
    expected,
    gap: latest.value - expected.value,
  }
  if (indicator.unit === 'level') return assessLevels(base, latest, finalTarget)

  const d = indicator.direction === 'increase' ? 1 : -1
  if (d * (latest.value - finalTarget.value) >= 0) return { ...base, status: 'target_achieved', rule: 'target_reached' }

  const y0 = nonZero(baseline.value)
  const yt = nonZero(latest.value)
  const yT = nonZero(finalTarget.value)
  // Growth rates need one sign throughout; a target across zero from the baseline has no rate either.
  if (Math.sign(y0) !== Math.sign(yt) || Math.sign(y0) !== Math.sign(yT)) {
    return { ...base, status: 'insufficient_data', rule: 'opposite_signs' }
  }
  const cagrObserved = (yt / y0) ** (1 / (latest.year - baseline.year)) - 1
  const cagrRequired = (yT / y0) ** (1 / (finalTarget.year - baseline.year)) - 1
  const rates = { ...base, cagrObserved, cagrRequired }
  if (cagrRequired === 0) return { ...rates, status: 'deterioration', rule: 'target_equals_baseline' }

  const s = y0 < 0 ? -1 : 1
  const ratio = (s * d * cagrObserved) / Math.abs(cagrRequired)
  const status: ProgressStatus =
    ratio >= 0.95
      ? 'on_track'
      : ratio >= 0.6
        ? 'acceleration_needed'
        : ratio >= 0
          ? 'limited_progress'
          : 'deterioration'
  return { ...rates, ratio, status, rule: 'ratio' }
}

export type Trend = 'improving' | 'worsening' | 'unchanged' | 'no_data'

/**
 * Whether the actuals went the good way for the indicator's direction, from the baseline to the latest actual: the
 * same two points the method's observed growth rate is measured between.
 */
export function trendSinceBaseline(indicator: Pick<Indicator, 'direction' | 'baseline' | 'actuals'>): Trend {
  const latest = latestActual(indicator)
  if (!latest) return 'no_data'
  const change = (indicator.direction === 'increase' ? 1 : -1) * (latest.value - indicator.baseline.value)
  return change > 0 ? 'improving' : change < 0 ? 'worsening' : 'unchanged'
}

/** Off track = needs attention: everything but achieved, on track and insufficient data. */
export function isOffTrack(status: ProgressStatus): boolean {
  return status === 'acceleration_needed' || status === 'limited_progress' || status === 'deterioration'
}
