import { daysOverdue, isOverdue } from './overdue'

const today = '2026-06-01'

test.each([
  ['in_progress', '2026-05-31', true, 1],
  ['delayed', '2026-01-01', true, 151],
  ['not_started', '2025-06-01', true, 365],
  ['in_progress', '2026-06-01', false, 0], // due today is not yet overdue
  ['in_progress', '2026-06-02', false, 0],
  ['completed', '2026-01-01', false, 0],
  ['cancelled', '2026-01-01', false, 0],
] as const)('%s due %s: overdue %s by %i days', (status, dueDate, overdue, days) => {
  expect(isOverdue({ status, dueDate }, today)).toBe(overdue)
  expect(daysOverdue({ status, dueDate }, today)).toBe(days)
})

test('counts across a leap day and year end', () => {
  expect(daysOverdue({ status: 'delayed', dueDate: '2027-12-31' }, '2028-03-01')).toBe(61)
})
