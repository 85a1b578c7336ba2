// "What changed since the last meeting": updates since a date, grouped per activity, and a one-line summary.
import { taskStatuses, type Task, type TaskStatus, type TaskUpdate } from '../api/schemas'
import { addDays, isIsoDateValue } from './calendar'
import { isOverdue } from './overdue'
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

/** What a change did, in the order a meeting wants it: what got worse first, then what got better, then progress. */
export type ChangeImpact = 'worse' | 'better' | 'progress_only'
const impactOrder: Record<ChangeImpact, number> = { worse: 0, better: 1, progress_only: 2 }

/**
 * Worse: the status became Delayed, or the activity ended the period overdue (past its due date and still open),
 * whatever was reported. Better: any other change of status. Progress only: no net change of status.
 * `task` is the activity as it is now (for its due date); an unknown activity is judged by its status alone.
 */
export function changeImpact(group: ActivityChanges, task: Task | undefined, today: string): ChangeImpact {
  const to = group.statusChange?.to ?? group.updates[0]?.status
  const overdueNow = task !== undefined && to !== undefined && isOverdue({ status: to, dueDate: task.dueDate }, today)
  if (group.statusChange?.to === 'delayed' || (group.statusChange && overdueNow)) return 'worse'
  if (group.statusChange) return 'better'
  return overdueNow ? 'worse' : 'progress_only'
}

/** The groups in order of impact; within one impact, as they came (newest change first). */
export function orderByImpact(
  groups: readonly ActivityChanges[],
  tasks: ReadonlyMap<string, Task>,
  today: string,
): (ActivityChanges & { impact: ChangeImpact })[] {
  return groups
    .map((group) => ({ ...group, impact: changeImpact(group, tasks.get(group.taskId), today) }))
    .sort((a, b) => impactOrder[a.impact] - impactOrder[b.impact])
}
