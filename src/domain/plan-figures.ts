// The overview's figures, computed from the filtered activities and the indicators.
import { taskStatuses, type Indicator, type Task, type TaskStatus } from '../api/schemas'
import { addDays } from './calendar'
import { daysOverdue, isOverdue } from './overdue'
import { assessProgress, type ProgressStatus } from './progress-status'
import { sdgTargets } from './sdg-targets'

export type StatusCounts = Record<TaskStatus, number>

export function countByStatus(tasks: readonly Task[]): StatusCounts {
  const counts = Object.fromEntries(taskStatuses.map((s) => [s, 0])) as StatusCounts
  for (const task of tasks) counts[task.status] += 1
  return counts
}

export interface HeadlineFigures {
  total: number
  byStatus: StatusCounts
  /** Completed as a share of all activities that were not cancelled, 0–100. */
  completedPercent: number
  overdue: number
  indicatorsOnTrack: number
  indicatorsWithData: number
}

/** "On track" in the headline counts indicators on track or with their target already achieved. */
export function headlineFigures(
  tasks: readonly Task[],
  indicators: readonly Indicator[] | undefined,
  today: string,
): HeadlineFigures {
  const byStatus = countByStatus(tasks)
  const countable = tasks.length - byStatus.cancelled
  const statuses = (indicators ?? []).map((indicator) => assessProgress(indicator).status)
  return {
    total: tasks.length,
    byStatus,
    completedPercent: countable > 0 ? (byStatus.completed / countable) * 100 : 0,
    overdue: tasks.filter((task) => isOverdue(task, today)).length,
    indicatorsOnTrack: statuses.filter((s) => s === 'on_track' || s === 'target_achieved').length,
    indicatorsWithData: statuses.filter((s) => s !== 'insufficient_data').length,
  }
}

export interface GroupedCounts {
  key: string
  counts: StatusCounts
  total: number
}

/** Activities per SDG target, stacked by status. An activity linked to two targets counts under both. */
export function tasksByTarget(tasks: readonly Task[]): GroupedCounts[] {
  return sdgTargets
    .map((target) => {
      const counts = countByStatus(tasks.filter((task) => task.sdgTargets.includes(target)))
      return { key: target, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }
    })
    .filter((group) => group.total > 0)
}

export const otherOwnersKey = '__other__'

/** Activities per responsible organisation: the `top` busiest, then the rest together under `otherOwnersKey`. */
export function tasksByOwner(tasks: readonly Task[], top = 10): GroupedCounts[] {
  const byOwner = new Map<string, Task[]>()
  for (const task of tasks) byOwner.set(task.ownerId, [...(byOwner.get(task.ownerId) ?? []), task])
  const groups = [...byOwner]
    .map(([key, list]) => ({ key, counts: countByStatus(list), total: list.length }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key))
  if (groups.length <= top + 1) return groups
  const rest = groups.slice(top).flatMap((group) => byOwner.get(group.key) ?? [])
  return [...groups.slice(0, top), { key: otherOwnersKey, counts: countByStatus(rest), total: rest.length }]
}

export interface QuarterDeadlines {
  /** "2026-Q3" */
  quarter: string
  due: number
  completed: number
}

/** "2026-Q3" for any date in July–September 2026. */
export const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`

/** Per quarter: activities due in it (not cancelled), and those of them completed. */
export function deadlinesByQuarter(tasks: readonly Task[]): QuarterDeadlines[] {
  const quarters = new Map<string, QuarterDeadlines>()
  for (const task of tasks) {
    if (task.status === 'cancelled') continue
    const quarter = quarterOf(task.dueDate)
    const entry = quarters.get(quarter) ?? { quarter, due: 0, completed: 0 }
    entry.due += 1
    if (task.status === 'completed') entry.completed += 1
    quarters.set(quarter, entry)
  }
  return [...quarters.values()].sort((a, b) => a.quarter.localeCompare(b.quarter))
}

/** Every quarter from `from` to `to`, both included ("2025-Q4", "2026-Q1", …); none when `to` comes first. */
export function quartersBetween(from: string, to: string): string[] {
  const quarters: string[] = []
  let year = Number(from.slice(0, 4))
  let q = Number(from.slice(6))
  for (let quarter = from; quarter <= to; quarter = `${year}-Q${q}`) {
    quarters.push(quarter)
    q = (q % 4) + 1
    if (q === 1) year += 1
  }
  return quarters
}

/**
 * Deadlines per quarter over the whole plan period, quarters with nothing due included: the axis shows how much is
 * still to come and where the plan ends. A deadline outside the period widens the range rather than vanishing.
 */
export function deadlinesOverPeriod(
  tasks: readonly Task[],
  period: { start: string; end: string },
): QuarterDeadlines[] {
  const withDeadlines = deadlinesByQuarter(tasks)
  const byQuarter = new Map(withDeadlines.map((entry) => [entry.quarter, entry]))
  const ends = [quarterOf(period.start), quarterOf(period.end), ...byQuarter.keys()].sort()
  const first = ends[0] ?? quarterOf(period.start)
  const last = ends[ends.length - 1] ?? quarterOf(period.end)
  return quartersBetween(first, last).map((quarter) => byQuarter.get(quarter) ?? { quarter, due: 0, completed: 0 })
}

/** Overdue or delayed activities, the most overdue first. */
export function tasksNeedingAttention(tasks: readonly Task[], today: string, limit = 10): Task[] {
  return tasks
    .filter((task) => task.status === 'delayed' || isOverdue(task, today))
    .sort((a, b) => daysOverdue(b, today) - daysOverdue(a, today) || a.dueDate.localeCompare(b.dueDate))
    .slice(0, limit)
}

/** Open activities due from today up to `days` ahead, soonest first. */
export function upcomingDeadlines(tasks: readonly Task[], today: string, days = 90): Task[] {
  const until = addDays(today, days)
  return tasks
    .filter(
      (task) =>
        task.status !== 'completed' && task.status !== 'cancelled' && task.dueDate >= today && task.dueDate <= until,
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
}

/** Indicators whose status is deterioration or limited progress, the worst first. */
export function indicatorsNeedingAttention(
  indicators: readonly Indicator[],
): { indicator: Indicator; status: ProgressStatus }[] {
  return indicators
    .map((indicator) => ({ indicator, status: assessProgress(indicator).status }))
    .filter(({ status }) => status === 'deterioration' || status === 'limited_progress')
    .sort((a, b) =>
      a.status === b.status ? a.indicator.code.localeCompare(b.indicator.code) : a.status === 'deterioration' ? -1 : 1,
    )
}
