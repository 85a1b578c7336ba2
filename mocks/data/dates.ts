// The sample plan is written as of a reference date and moved to today when the db seeds, so it always looks
// current: "due in 10 days" stays "due in 10 days" whenever the demo is opened.

const dayMs = 86_400_000

export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / dayMs)
}

export function shiftDate(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10)
}

/** Moves the calendar date of an ISO timestamp and keeps its time of day and offset as written. */
export function shiftTimestamp(timestamp: string, days: number): string {
  return shiftDate(timestamp.slice(0, 10), days) + timestamp.slice(10)
}
