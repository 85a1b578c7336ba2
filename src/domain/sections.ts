// The plan's chapters: activity "2.4" belongs to section "2" (docs/product.md, Plan.sections). The activities list
// shows a header row per section with a roll-up of the activities shown under it.
import type { PlanSection, Task } from '../api/schemas'
import { isOverdue } from './overdue'

/** The part of an activity code before the first dot: "2.4" → "2", "2.4.1" → "2", "7" → "7". */
export const sectionCodeOf = (taskCode: string) => taskCode.split('.')[0] ?? taskCode

export interface SectionRollup {
  count: number
  completed: number
  overdue: number
  /** Mean progress of the activities that were not cancelled, 0–100; null when all were cancelled. */
  meanProgress: number | null
}

export interface SectionGroup {
  /** null for activities whose code matches no section of the plan. */
  section: PlanSection | null
  tasks: Task[]
  rollup: SectionRollup
}

export function rollUp(tasks: readonly Task[], today: string): SectionRollup {
  const counted = tasks.filter((task) => task.status !== 'cancelled')
  return {
    count: tasks.length,
    completed: tasks.filter((task) => task.status === 'completed').length,
    overdue: tasks.filter((task) => isOverdue(task, today)).length,
    meanProgress: counted.length ? counted.reduce((sum, task) => sum + task.progress, 0) / counted.length : null,
  }
}

/**
 * The activities, in the order given, under their sections: sections in the order their first activity comes,
 * then one group for the activities of no known section. A plan without sections gives no groups (a flat list).
 */
export function groupBySection(
  tasks: readonly Task[],
  sections: readonly PlanSection[] | undefined,
  today: string,
): SectionGroup[] {
  if (!sections?.length) return []
  const byCode = new Map(sections.map((section) => [section.code, section]))
  const groups = new Map<PlanSection | null, Task[]>()
  for (const task of tasks) {
    const section = byCode.get(sectionCodeOf(task.code)) ?? null
    if (section) groups.set(section, [...(groups.get(section) ?? []), task])
  }
  const outside = tasks.filter((task) => !byCode.has(sectionCodeOf(task.code)))
  if (outside.length) groups.set(null, outside)
  return [...groups].map(([section, list]) => ({ section, tasks: list, rollup: rollUp(list, today) }))
}
