// What needs the secretariat's attention: late activities (reported Delayed, or Overdue whatever was reported) and
// open activities nobody has reported on for `staleAfterDays` days. The overview lists them, the list filters on them.
import type { Task } from '../api/schemas'
import { daysBetween, localToday } from './calendar'
import { isOverdue } from './overdue'

/** An open activity with no update for this many days or more is flagged "no update for N days". */
export const staleAfterDays = 60

/** `attention=late` (overdue or delayed) and `attention=stale` (no update for 60 days or more) in the URL. */
export const attentionFlags = ['late', 'stale'] as const
export type AttentionFlag = (typeof attentionFlags)[number]

export const isAttentionFlag = (value: string): value is AttentionFlag =>
  (attentionFlags as readonly string[]).includes(value)

const isOpen = (task: Pick<Task, 'status'>) => task.status !== 'completed' && task.status !== 'cancelled'

/** Local dates of the timestamps seen, kept once made (10,000 activities are asked for theirs on every render). */
const updateDates = new Map<string, string>()

/** The local calendar date of the activity's latest update. */
export function lastUpdateDate(task: Pick<Task, 'updatedAt'>): string {
  let date = updateDates.get(task.updatedAt)
  if (date === undefined) {
    if (updateDates.size >= 100_000) updateDates.clear()
    date = localToday(new Date(task.updatedAt))
    updateDates.set(task.updatedAt, date)
  }
  return date
}

/** Whole days since the latest update (0 on the same day; never negative, even with a clock ahead of ours). */
export function daysSinceUpdate(task: Pick<Task, 'updatedAt'>, today: string): number {
  return Math.max(0, daysBetween(lastUpdateDate(task), today))
}

/** Open (not completed or cancelled) and not updated for `staleAfterDays` days or more. */
export function isStale(task: Pick<Task, 'status' | 'updatedAt'>, today: string): boolean {
  return isOpen(task) && daysSinceUpdate(task, today) >= staleAfterDays
}

/** Reported Delayed, or past its due date and still open: an activity that is both counts once. */
export function isLate(task: Pick<Task, 'status' | 'dueDate'>, today: string): boolean {
  return task.status === 'delayed' || isOverdue(task, today)
}

const flagTest: Record<AttentionFlag, (task: Task, today: string) => boolean> = { late: isLate, stale: isStale }

/** OR within the flags, as every list param of the URL contract: `late,stale` is late or stale. */
export function matchesAttention(task: Task, flags: readonly AttentionFlag[], today: string): boolean {
  return flags.some((flag) => flagTest[flag](task, today))
}

/** Open activities silent for `staleAfterDays` days or more, the longest silent first. */
export function staleActivities(tasks: readonly Task[], today: string): Task[] {
  // Each time parsed once, not twice per comparison (with 10,000 activities: 40 ms of the overview's render).
  return tasks
    .filter((task) => isStale(task, today))
    .map((task) => ({ task, time: Date.parse(task.updatedAt) }))
    .sort((a, b) => a.time - b.time || a.task.code.localeCompare(b.task.code))
    .map(({ task }) => task)
}
