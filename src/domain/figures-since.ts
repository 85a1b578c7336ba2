// How the headline figures stood on an earlier date, worked out from the updates since then: an activity's status on
// `since` is the status before its first update on or after that date.
import { taskStatuses, type Task, type TaskStatus, type TaskUpdate } from '../api/schemas'
import { isOverdue } from './overdue'

export interface FiguresThen {
  byStatus: Record<TaskStatus, number>
  overdue: number
}

/** Each activity's status at the start of `since`; an activity with no update since then has its current status. */
export function figuresOn(tasks: readonly Task[], updatesSince: readonly TaskUpdate[], since: string): FiguresThen {
  const oldest = new Map<string, TaskUpdate>()
  for (const update of updatesSince) {
    const known = oldest.get(update.taskId)
    if (!known || Date.parse(update.at) < Date.parse(known.at)) oldest.set(update.taskId, update)
  }
  const byStatus = Object.fromEntries(taskStatuses.map((status) => [status, 0])) as Record<TaskStatus, number>
  let overdue = 0
  for (const task of tasks) {
    const status = oldest.get(task.id)?.previousStatus ?? task.status
    byStatus[status] += 1
    if (isOverdue({ status, dueDate: task.dueDate }, since)) overdue += 1
  }
  return { byStatus, overdue }
}
