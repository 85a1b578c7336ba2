import type { Indicator } from '../api/schemas'

/** The indicator as it would be once a reported value for `year` is approved: that year's actual replaced or added. */
export function withActual<T extends Pick<Indicator, 'actuals'>>(indicator: T, year: number, value: number): T {
  const actuals = [...indicator.actuals.filter((a) => a.year !== year), { year, value }].sort((a, b) => a.year - b.year)
  return { ...indicator, actuals }
}
