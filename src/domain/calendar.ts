// Calendar days as the contract's `date` strings (YYYY-MM-DD), which compare correctly as text.

const dayMs = 86_400_000

/** Today in the browser's own time zone: docs/product.md defines "overdue" against the local date. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Each date's day number, kept once seen: a 10,000-activity plan's figures ask for the same few thousand dates (and
 * today) tens of thousands of times, and parsing them each time took 60–80 ms of one render.
 */
const dayNumbers = new Map<string, number>()
const keptDays = 100_000

function dayNumber(date: string): number {
  let day = dayNumbers.get(date)
  if (day === undefined) {
    if (dayNumbers.size >= keptDays) dayNumbers.clear()
    day = Date.parse(`${date}T00:00:00Z`) / dayMs
    dayNumbers.set(date, day)
  }
  return day
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from))
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10)
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value
}

/** `isIsoDate` as a type guard for URL parameter parsing. */
export function isIsoDateValue(value: string): value is string {
  return isIsoDate(value)
}
