import type { Task } from '../api/schemas'
import { daysBetween } from './calendar'

type Dated = Pick<Task, 'status' | 'dueDate'>

/** docs/product.md: not completed or cancelled, and due before today (the browser's local date). */
export function isOverdue(task: Dated, today: string): boolean {
  return task.status !== 'completed' && task.status !== 'cancelled' && task.dueDate < today
}

/** Days past the due date, or 0 when the activity is not overdue. */
export function daysOverdue(task: Dated, today: string): number {
  return isOverdue(task, today) ? daysBetween(task.dueDate, today) : 0
}
