// "What changed since the last meeting": updates since a date, grouped per activity, and a one-line summary.
import { taskStatuses, type Task, type TaskStatus, type TaskUpdate } from '../api/schemas'
import { addDays, isIsoDateValue } from './calendar'
import { isOverdue } from './overdue'
import { singleValue, type IgnoredValue } from './url-params'

/** One update in the period and what stood just before it, so that a list can say what that update changed. */
export interface UpdateStep {
  update: TaskUpdate
  /** The update's own `previousStatus`, else the status of the report before it; null when neither is known. */
  statusBefore: TaskStatus | null
  /** The progress of the report before it; null when the activity had not reported before. */
  progressBefore: number | null
}

export interface ActivityChanges {
  taskId: string
  /** The updates in the period, newest first. */
  updates: TaskUpdate[]
  /** The same updates with what stood before each one, newest first. */
  steps: UpdateStep[]
  /** The status just before the period; null when it is not known. */
  statusBefore: TaskStatus | null
  /** The status before the period → at its end; null when they are the same (changed and changed back) or unknown. */
  statusChange: { from: TaskStatus; to: TaskStatus } | null
  /**
   * The progress just before the period: that of the activity's last report before `since`. Null when it had not
   * reported before: an activity can enter the plan (by import) with progress already made, so no report is not 0 %.
   */
  progressFrom: number | null
  /** The progress at the end of the period (its newest update). */
  progressTo: number
}

/**
 * The API keeps an update on or after `since` by the calendar date written in `at` (in its own offset), not by the
 * instant: split the same way, so that the page agrees with `/updates?since=` (an update at 00:00 on `since` is in).
 */
export const isInPeriod = (update: TaskUpdate, since: string) => update.at.slice(0, 10) >= since

const newestFirst = (updates: readonly TaskUpdate[]) => [...updates].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))

/**
 * The date to ask `/updates?since=` for: the plan's start when `since` is later, so that the updates before the
 * period say what the status and progress were before it; `since` itself when it is not later.
 */
export function historySince(since: string, planStart: string): string {
  return since > planStart ? planStart : since
}

/** Walks the period from its oldest update, carrying what stood before each one. Returns the steps newest first. */
function stepsOf(period: readonly TaskUpdate[], before: TaskUpdate | undefined): UpdateStep[] {
  let status = before?.status ?? null
  let progress = before?.progress ?? null
  const steps: UpdateStep[] = []
  for (const update of [...period].reverse()) {
    steps.push({ update, statusBefore: update.previousStatus ?? status, progressBefore: progress })
    status = update.status
    progress = update.progress
  }
  return steps.reverse()
}

/**
 * The updates of the period (on or after `since`) grouped per activity, the activity with the newest update first.
 * `updates` may start before `since` (in any order): those only tell what stood before the period. Without `since`,
 * every update is in the period and nothing before it is known.
 */
export function groupChanges(updates: readonly TaskUpdate[], since?: string): ActivityChanges[] {
  const historyByTask = new Map<string, TaskUpdate[]>()
  for (const update of newestFirst(updates)) {
    const history = historyByTask.get(update.taskId)
    if (history) history.push(update)
    else historyByTask.set(update.taskId, [update])
  }
  const groups: ActivityChanges[] = []
  for (const [taskId, history] of historyByTask) {
    const period = since === undefined ? history : history.filter((update) => isInPeriod(update, since))
    const newest = period[0]
    if (!newest) continue
    const steps = stepsOf(period, since === undefined ? undefined : history.find((u) => !isInPeriod(u, since)))
    const statusBefore = steps[steps.length - 1]?.statusBefore ?? null
    groups.push({
      taskId,
      updates: period,
      steps,
      statusBefore,
      statusChange: statusBefore && statusBefore !== newest.status ? { from: statusBefore, to: newest.status } : null,
      progressFrom: steps[steps.length - 1]?.progressBefore ?? null,
      progressTo: newest.progress,
    })
  }
  return groups.sort((a, b) => Date.parse(b.updates[0]?.at ?? '') - Date.parse(a.updates[0]?.at ?? ''))
}

/**
 * What one update changed, for a list under a summary of the period: its status change, if any, and its progress
 * (`first` when nothing was reported before it); null for what it left as it was.
 */
export function stepChange(step: UpdateStep): {
  status: { from: TaskStatus; to: TaskStatus } | null
  progress: { direction: 'up' | 'down' | 'first'; to: number } | null
} {
  const { update, statusBefore, progressBefore } = step
  const to = update.progress
  return {
    status: statusBefore && statusBefore !== update.status ? { from: statusBefore, to: update.status } : null,
    progress:
      progressBefore === null
        ? { direction: 'first', to }
        : progressBefore === to
          ? null
          : { direction: to > progressBefore ? 'up' : 'down', to },
  }
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
