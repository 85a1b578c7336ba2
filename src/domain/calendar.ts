// Calendar days as the contract's `date` strings (YYYY-MM-DD), which compare correctly as text.

const dayMs = 86_400_000

/** Today in the browser's own time zone: docs/product.md defines "overdue" against the local date. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs)
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
