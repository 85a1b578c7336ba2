// "What changed since the last meeting": updates since a date, grouped per activity, and a one-line summary.
import { taskStatuses, type TaskStatus, type TaskUpdate } from '../api/schemas'
import { addDays, isIsoDateValue } from './calendar'
import { singleValue, type IgnoredValue } from './url-params'

export interface ActivityChanges {
  taskId: string
  /** Newest first, as the API sends them. */
  updates: TaskUpdate[]
  /** The status before the first change in the period and after the last one; null when the status did not change. */
  statusChange: { from: TaskStatus; to: TaskStatus } | null
  /** Progress at the oldest and the newest update in the period. */
  progressFrom: number
  progressTo: number
}

const changedStatus = (update: TaskUpdate) => !!update.previousStatus && update.previousStatus !== update.status

export function groupChanges(updates: readonly TaskUpdate[]): ActivityChanges[] {
  const byTask = new Map<string, TaskUpdate[]>()
  const newestFirst = [...updates].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
  for (const update of newestFirst) byTask.set(update.taskId, [...(byTask.get(update.taskId) ?? []), update])
  return [...byTask].map(([taskId, list]) => {
    const changes = list.filter(changedStatus)
    const newestChange = changes[0]
    const oldestChange = changes[changes.length - 1]
    const from = oldestChange?.previousStatus
    return {
      taskId,
      updates: list,
      statusChange: newestChange && from && from !== newestChange.status ? { from, to: newestChange.status } : null,
      progressFrom: list[list.length - 1]?.progress ?? 0,
      progressTo: list[0]?.progress ?? 0,
    }
  })
}

export interface ChangeSummary {
  activitiesWithUpdates: number
  activitiesChangedStatus: number
  /** How many activities ended the period in each new status. */
  becameStatus: Record<TaskStatus, number>
}

export function summariseChanges(groups: readonly ActivityChanges[]): ChangeSummary {
  const becameStatus = Object.fromEntries(taskStatuses.map((s) => [s, 0])) as Record<TaskStatus, number>
  let changed = 0
  for (const group of groups) {
    if (!group.statusChange) continue
    changed += 1
    becameStatus[group.statusChange.to] += 1
  }
  return { activitiesWithUpdates: groups.length, activitiesChangedStatus: changed, becameStatus }
}

/** The presets of the date choice. */
export function last30Days(today: string): string {
  return addDays(today, -30)
}

export function startOfQuarter(today: string): string {
  const month = Number(today.slice(5, 7))
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1
  return `${today.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`
}

/** `since=YYYY-MM-DD` from a link; null when absent or not a date (then reported in `ignored`). */
export function parseSince(params: URLSearchParams): { since: string | null; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = []
  return { since: singleValue(params, 'since', isIsoDateValue, ignored) ?? null, ignored }
}
