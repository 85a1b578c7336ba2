import type { Task } from '../api/schemas'
import { daysSinceUpdate, isLate, isStale, matchesAttention, staleActivities } from './attention'
import { aTask } from '../test/test-tasks'

const today = '2026-06-01'
// Noon UTC is the same calendar day in every time zone from UTC−11 to UTC+11, so these hold wherever tests run.
const updatedOn = (date: string) => `${date}T12:00:00Z`

describe('daysSinceUpdate', () => {
  test.each([
    ['the same day', '2026-06-01', 0],
    ['yesterday', '2026-05-31', 1],
    ['59 days ago', '2026-04-03', 59],
    ['60 days ago', '2026-04-02', 60],
    ['a clock ahead of ours: never negative', '2026-06-03', 0],
  ])('%s', (_, date, days) => {
    expect(daysSinceUpdate({ updatedAt: updatedOn(date) }, today)).toBe(days)
  })
})

describe('isStale', () => {
  test.each<[string, Partial<Task>, boolean]>([
    ['open, 59 days', { status: 'in_progress', updatedAt: updatedOn('2026-04-03') }, false],
    ['open, exactly 60 days', { status: 'in_progress', updatedAt: updatedOn('2026-04-02') }, true],
    ['not started, a year', { status: 'not_started', updatedAt: updatedOn('2025-06-01') }, true],
    ['delayed, 90 days', { status: 'delayed', updatedAt: updatedOn('2026-03-03') }, true],
    ['completed work needs no updates', { status: 'completed', updatedAt: updatedOn('2025-06-01') }, false],
    ['nor does cancelled work', { status: 'cancelled', updatedAt: updatedOn('2025-06-01') }, false],
  ])('%s', (_, overrides, stale) => {
    expect(isStale(aTask({ id: 'x', ...overrides }), today)).toBe(stale)
  })
})

describe('isLate', () => {
  test.each<[string, Partial<Task>, boolean]>([
    ['reported delayed, not yet due', { status: 'delayed', dueDate: '2026-12-01' }, true],
    ['in progress past its due date', { status: 'in_progress', dueDate: '2026-05-31' }, true],
    ['in progress, due today', { status: 'in_progress', dueDate: '2026-06-01' }, false],
    ['completed after its due date', { status: 'completed', dueDate: '2026-01-01' }, false],
    ['cancelled past its due date', { status: 'cancelled', dueDate: '2026-01-01' }, false],
  ])('%s', (_, overrides, late) => {
    expect(isLate(aTask({ id: 'x', ...overrides }), today)).toBe(late)
  })
})

test('flags are OR: late or stale', () => {
  const late = aTask({ id: 'late', status: 'delayed' })
  const stale = aTask({ id: 'stale', updatedAt: updatedOn('2026-01-01') })
  const fine = aTask({ id: 'fine' })
  const matching = [late, stale, fine].filter((task) => matchesAttention(task, ['late', 'stale'], today))
  expect(matching.map((task) => task.id)).toEqual(['late', 'stale'])
  expect([late, stale, fine].filter((task) => matchesAttention(task, ['stale'], today)).map((t) => t.id)).toEqual([
    'stale',
  ])
})

test('stale activities, the longest silent first; fresh, completed and cancelled ones left out', () => {
  const tasks = [
    aTask({ id: 'fresh', updatedAt: updatedOn('2026-05-20') }),
    aTask({ id: 'older', updatedAt: updatedOn('2026-02-01') }),
    aTask({ id: 'oldest', updatedAt: updatedOn('2025-11-01') }),
    aTask({ id: 'done', status: 'completed', updatedAt: updatedOn('2025-01-01') }),
    aTask({ id: 'dropped', status: 'cancelled', updatedAt: updatedOn('2025-01-01') }),
  ]
  expect(staleActivities(tasks, today).map((task) => task.id)).toEqual(['oldest', 'older'])
})
