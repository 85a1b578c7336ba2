// Axis ticks a reader can count along: steps of 1, 2 or 5 times a power of ten, the axis ending on a tick. A charting
// library's own "nice" ticks may allow any step (6, 15, 35…) or stop short of the tallest bar.

const niceFactors = [1, 2, 5, 10]

/**
 * The smallest step of 1, 2 or 5 × 10ⁿ that is at least `rough`, give or take a millionth: a gap read back from
 * two ticks near a million, 0.002 apart, is 0.0020000000949949026 in floating point, and that is still 0.002.
 */
export function niceStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const factor = niceFactors.find((f) => f * magnitude >= rough * (1 - 1e-6)) ?? 10
  return factor * magnitude
}

// 0.1 + 0.2 is 0.30000000000000004: round each tick to the step's own decimals, and a ratio before floor or ceil.
const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step)))
const roundToStep = (value: number, step: number) => Number(value.toFixed(decimalsOf(step)))
const snap = (ratio: number) => Number(ratio.toFixed(9))

/**
 * Ticks from a round number at or below `min` to one at or above `max`, at most `maxTicks` of them. `integer` for
 * counts: the step is never below 1. A flat or empty range still gets an axis one step tall.
 */
export function niceTicks(min: number, max: number, { maxTicks = 6, integer = false } = {}): number[] {
  const low = Math.min(min, max)
  const high = Math.max(min, max) > low ? Math.max(min, max) : low + (integer || low === 0 ? 1 : Math.abs(low) / 10)
  let step = niceStep((high - low) / (maxTicks - 1))
  if (integer) step = Math.max(1, step)
  // Values too close together for a float to tell apart (no chart of this dashboard has them): just the two ends.
  if (!(step > 0) || !Number.isFinite(step)) return [low, high]
  for (;;) {
    const first = Math.floor(snap(low / step)) * step
    const last = Math.ceil(snap(high / step)) * step
    const count = Math.round((last - first) / step) + 1
    if (count <= maxTicks) return Array.from({ length: count }, (_, i) => roundToStep(first + i * step, step))
    step = niceStep(step * 1.5)
  }
}

/** A count axis (activities): whole numbers from zero. */
export const countTicks = (max: number) => niceTicks(0, max, { integer: true })

/**
 * A percentage axis: the whole 0–100 in steps of 20, so a value is read against the full scale; when every value is
 * 25 or less (a dropout rate, say) the axis stops at a round number above the largest instead of flattening them.
 */
export function percentTicks(min: number, max: number): number[] {
  if (min >= 0 && max <= 100 && max > 25) return [0, 20, 40, 60, 80, 100]
  return niceTicks(Math.min(0, min), max)
}

/** Years on round steps (every year, every 2nd, every 5th…) within the range, at most `maxTicks`. */
export function yearTicks(first: number, last: number, maxTicks = 8): number[] {
  if (last <= first) return [first]
  const step = Math.max(1, niceStep((last - first) / (maxTicks - 1)))
  const start = Math.ceil(first / step) * step
  return Array.from({ length: Math.floor((last - start) / step) + 1 }, (_, i) => start + i * step)
}
