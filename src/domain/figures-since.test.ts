import type { TaskStatus, TaskUpdate } from '../api/schemas'
import { figuresOn } from './figures-since'
import { aTask } from '../test/test-tasks'

const since = '2026-05-01'
const change = (taskId: string, at: string, previousStatus: TaskStatus | null | undefined, status: TaskStatus) =>
  ({ id: `${taskId}-${at}`, taskId, at, author: 'x', status, previousStatus, progress: 50 }) satisfies TaskUpdate

test('the status before the first update since the date; activities without updates as they are now', () => {
  const tasks = [
    aTask({ id: 'a', status: 'delayed' }),
    aTask({ id: 'b', status: 'completed' }),
    aTask({ id: 'c', status: 'in_progress' }),
  ]
  const updates = [
    // newest first, as the API sends them: a went in_progress → delayed, then delayed → delayed (progress only)
    change('a', '2026-05-20T10:00:00+05:00', 'delayed', 'delayed'),
    change('a', '2026-05-10T10:00:00+05:00', 'in_progress', 'delayed'),
    change('b', '2026-05-15T10:00:00+05:00', 'in_progress', 'completed'),
  ]
  const then = figuresOn(tasks, updates, since)
  expect(then.byStatus).toEqual({ not_started: 0, in_progress: 3, completed: 0, delayed: 0, cancelled: 0 })
})

test('an update that does not say what the status was before leaves the current status', () => {
  const tasks = [aTask({ id: 'a', status: 'delayed' }), aTask({ id: 'b', status: 'completed' })]
  const updates = [
    change('a', '2026-05-10T10:00:00+05:00', null, 'delayed'),
    change('b', '2026-05-10T10:00:00+05:00', undefined, 'completed'),
  ]
  expect(figuresOn(tasks, updates, since).byStatus).toMatchObject({ delayed: 1, completed: 1 })
})

test.each<[string, TaskStatus, string, TaskStatus | undefined, number]>([
  ['open and due before the date: overdue then', 'in_progress', '2026-04-30', undefined, 1],
  ['due on the date itself: not yet overdue then', 'in_progress', '2026-05-01', undefined, 0],
  ['completed since, but open and past due then', 'completed', '2026-04-01', 'in_progress', 1],
  ['completed before the date', 'completed', '2026-04-01', undefined, 0],
  ['overdue now but not then', 'in_progress', '2026-05-15', undefined, 0],
])('%s', (_, status, dueDate, before, overdue) => {
  const updates = before ? [change('a', '2026-05-10T10:00:00+05:00', before, status)] : []
  expect(figuresOn([aTask({ id: 'a', status, dueDate })], updates, since).overdue).toBe(overdue)
})
