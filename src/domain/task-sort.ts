import type { Task, TaskStatus } from '../api/schemas'
import type { TaskSort } from './task-filters'

/** The order a reader expects: what needs attention first, finished and cancelled work last. */
export const statusOrder: Record<TaskStatus, number> = {
  delayed: 0,
  in_progress: 1,
  not_started: 2,
  completed: 3,
  cancelled: 4,
}

export interface SortContext {
  /** Intl locale for comparing text: Kazakh and Russian alphabets sort differently. */
  locale: string
  titleOf: (task: Task) => string
  ownerNameOf: (ownerId: string) => string
}

interface Keyed {
  task: Task
  text: string
}

/** Sorted copy. Ties fall back to the activity code ("1.2" before "1.10"), so the order is always stable. */
export function sortTasks(tasks: readonly Task[], sort: TaskSort, context: SortContext): Task[] {
  const collator = new Intl.Collator(context.locale, { numeric: true, sensitivity: 'base' })
  // Text keys are looked up once per row, not once per comparison: 10,000 rows make ~130,000 comparisons.
  const textOf =
    sort.key === 'title'
      ? context.titleOf
      : sort.key === 'owner'
        ? (task: Task) => context.ownerNameOf(task.ownerId)
        : null
  const compareBy: Record<TaskSort['key'], (a: Keyed, b: Keyed) => number> = {
    code: () => 0,
    title: (a, b) => collator.compare(a.text, b.text),
    owner: (a, b) => collator.compare(a.text, b.text),
    status: (a, b) => statusOrder[a.task.status] - statusOrder[b.task.status],
    dueDate: (a, b) => (a.task.dueDate < b.task.dueDate ? -1 : a.task.dueDate > b.task.dueDate ? 1 : 0),
    progress: (a, b) => a.task.progress - b.task.progress,
  }
  const primary = compareBy[sort.key]
  const byCode = (a: Keyed, b: Keyed) =>
    collator.compare(a.task.code, b.task.code) || collator.compare(a.task.id, b.task.id)
  const direction = sort.descending ? -1 : 1
  return tasks
    .map((task): Keyed => ({ task, text: textOf ? textOf(task) : '' }))
    .sort((a, b) => direction * (primary(a, b) || byCode(a, b)))
    .map(({ task }) => task)
}
