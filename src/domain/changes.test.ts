import type { TaskUpdate } from '../api/schemas'
import { aTask } from '../test/test-tasks'
import { groupChanges, last30Days, orderByImpact, parseSince, startOfQuarter, summariseChanges } from './changes'

const update = (
  id: string,
  taskId: string,
  at: string,
  status: TaskUpdate['status'],
  previousStatus: TaskUpdate['previousStatus'],
  progress: number,
): TaskUpdate => ({
  id,
  taskId,
  at: `${at}T10:00:00+05:00`,
  author: 'A. Author (MoE)',
  status,
  previousStatus,
  progress,
})

const updates = [
  update('u6', 't1', '2026-05-30', 'completed', 'in_progress', 100),
  update('u5', 't2', '2026-05-25', 'delayed', 'in_progress', 40),
  update('u4', 't1', '2026-05-20', 'in_progress', 'in_progress', 80),
  update('u3', 't3', '2026-05-15', 'in_progress', 'in_progress', 30),
  update('u2', 't1', '2026-05-10', 'in_progress', 'not_started', 10),
  update('u1', 't4', '2026-05-05', 'in_progress', 'delayed', 50),
  update('u0', 't4', '2026-05-06', 'delayed', 'in_progress', 50),
]

test('groups updates per activity, newest activity first, with the status from → to over the period', () => {
  const groups = groupChanges(updates)
  expect(groups.map((g) => g.taskId)).toEqual(['t1', 't2', 't3', 't4'])
  expect(groups[0]).toMatchObject({
    statusChange: { from: 'not_started', to: 'completed' },
    progressFrom: 10,
    progressTo: 100,
  })
  expect(groups[0]?.updates.map((u) => u.id)).toEqual(['u6', 'u4', 'u2'])
  expect(groups[1]).toMatchObject({ statusChange: { from: 'in_progress', to: 'delayed' } })
  expect(groups[2]).toMatchObject({ statusChange: null, progressFrom: 30, progressTo: 30 })
  // delayed → in_progress → delayed: back where it started, so no net change
  expect(groups[3]).toMatchObject({ statusChange: null })
})

test('summary: how many changed status, and into what', () => {
  expect(summariseChanges(groupChanges(updates))).toEqual({
    activitiesWithUpdates: 4,
    activitiesChangedStatus: 2,
    becameStatus: { completed: 1, delayed: 1, in_progress: 0, not_started: 0, cancelled: 0 },
  })
})

test.each([
  ['2026-06-01', '2026-05-02', '2026-04-01'],
  ['2026-03-31', '2026-03-01', '2026-01-01'],
  ['2026-12-15', '2026-11-15', '2026-10-01'],
  ['2026-01-10', '2025-12-11', '2026-01-01'],
])('on %s: last 30 days from %s, quarter from %s', (today, thirty, quarter) => {
  expect(last30Days(today)).toBe(thirty)
  expect(startOfQuarter(today)).toBe(quarter)
})

describe('parseSince', () => {
  test.each([
    ['since=2026-05-01', '2026-05-01', []],
    ['', null, []],
    ['since=yesterday', null, [{ param: 'since', value: 'yesterday' }]],
    ['since=2026-02-30', null, [{ param: 'since', value: '2026-02-30' }]],
    ['since=2026-05-01&since=2026-04-01', '2026-05-01', [{ param: 'since', value: '2026-04-01' }]],
  ])('?%s', (search, since, ignored) => {
    expect(parseSince(new URLSearchParams(search))).toEqual({ since, ignored })
  })
})

test('orders what got worse first (delayed, or now overdue), then what got better, then progress only', () => {
  const tasks = new Map([
    ['t1', aTask({ id: 't1', dueDate: '2027-01-01' })], // → completed: better
    ['t2', aTask({ id: 't2', dueDate: '2027-01-01' })], // → delayed: worse
    ['t3', aTask({ id: 't3', dueDate: '2026-05-01' })], // progress only, but past its due date and open: worse
    ['t4', aTask({ id: 't4', dueDate: '2027-01-01' })], // back where it started: progress only
  ])
  const ordered = orderByImpact(groupChanges(updates), tasks, '2026-06-01')
  expect(ordered.map((g) => [g.taskId, g.impact])).toEqual([
    ['t2', 'worse'],
    ['t3', 'worse'],
    ['t1', 'better'],
    ['t4', 'progress_only'],
  ])
})
