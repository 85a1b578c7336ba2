import type { Indicator } from '../api/schemas'
import { expectedInYear, expectedValue } from './progress-status'

export interface IndicatorYearRow {
  year: number
  /** The declared target of that year, or the baseline in the baseline year. */
  target?: number
  /** Where the indicator should be that year (declared or interpolated). */
  expected: number
  actual?: number
}

/** One row per year from the baseline to the last target or actual: the data table and the chart share it. */
export function indicatorYears(
  indicator: Pick<Indicator, 'unit' | 'baseline' | 'targets' | 'actuals'>,
): IndicatorYearRow[] {
  const years = [
    indicator.baseline.year,
    ...indicator.targets.map((p) => p.year),
    ...indicator.actuals.map((p) => p.year),
  ]
  const first = Math.min(...years)
  const last = Math.max(...years)
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i
    const declared = indicator.targets.find((p) => p.year === year)?.value
    return {
      year,
      target: year === indicator.baseline.year ? indicator.baseline.value : declared,
      // As the progress method counts it (a level rounds down to the stage reached); before the baseline, the line.
      expected: expectedInYear(indicator, year)?.value ?? expectedValue(indicator, year),
      // The baseline is itself a measured value: the actual line starts there.
      actual:
        indicator.actuals.find((p) => p.year === year)?.value ??
        (year === indicator.baseline.year ? indicator.baseline.value : undefined),
    }
  }).filter((row) => row.target !== undefined || row.actual !== undefined || row.year >= indicator.baseline.year)
}
