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
  code: (string | number)[]
}

/** "1.10" → [1, ".", 10]: codes compare part by part, numbers as numbers, without a collator call per comparison. */
function codeParts(code: string): (string | number)[] {
  return code
    .split(/(\d+)/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function compareCodes(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number
    const y = b[i] as string | number
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
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
    compareCodes(a.code, b.code) || (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0)
  const direction = sort.descending ? -1 : 1
  return tasks
    .map((task): Keyed => ({ task, text: textOf ? textOf(task) : '', code: codeParts(task.code) }))
    .sort((a, b) => direction * (primary(a, b) || byCode(a, b)))
    .map(({ task }) => task)
}
