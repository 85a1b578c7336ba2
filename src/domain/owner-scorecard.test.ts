import type { Indicator, Owner } from '../api/schemas'
import { ownerScorecard, parseScoreSort } from './owner-scorecard'
import { aTask } from '../test/test-tasks'

const owners: Owner[] = [
  { id: 'moe', name: { en: 'Ministry of Education' }, type: 'government' },
  { id: 'idle', name: { en: 'An organisation with nothing yet' }, type: 'civil_society' },
]
const tasks = [
  aTask({ id: 'a', ownerId: 'moe', status: 'completed', partnerIds: ['idle'] }),
  aTask({ id: 'b', ownerId: 'moe', status: 'delayed', dueDate: '2026-01-01' }),
  aTask({ id: 'c', ownerId: 'moe', status: 'cancelled', dueDate: '2026-01-01' }),
  aTask({ id: 'd', ownerId: 'ghost', status: 'in_progress' }),
]
const indicator = (id: string, ownerId: string, actual: number): Indicator => ({
  id,
  code: id,
  name: { en: id },
  sdgTarget: '4.1',
  unit: 'percent',
  direction: 'increase',
  ownerId,
  baseline: { year: 2020, value: 50 },
  targets: [{ year: 2030, value: 100 }],
  actuals: [{ year: 2025, value: actual }],
})

test('counts each organisation’s own activities, overdue, completion and indicators off track', () => {
  const scores = ownerScorecard(
    owners,
    tasks,
    [indicator('i1', 'moe', 40), indicator('i2', 'moe', 90), indicator('i3', 'idle', 100)],
    '2026-06-01',
  )
  expect(scores.find((s) => s.ownerId === 'moe')).toEqual({
    ownerId: 'moe',
    total: 3,
    byStatus: { completed: 1, delayed: 1, cancelled: 1, in_progress: 0, not_started: 0 },
    overdue: 1,
    completedPercent: 50,
    indicators: 2,
    indicatorsOffTrack: 1,
  })
  expect(scores.find((s) => s.ownerId === 'idle')).toMatchObject({
    total: 0,
    completedPercent: null,
    indicators: 1,
    indicatorsOffTrack: 0,
  })
})

test('an owner id the organisations list does not know still gets a row', () => {
  expect(ownerScorecard(owners, tasks, [], '2026-06-01').map((s) => s.ownerId)).toEqual(['moe', 'idle', 'ghost'])
})

describe('parseScoreSort', () => {
  test.each([
    ['', { key: 'overdue', descending: true }, []],
    ['sort=name', { key: 'name', descending: false }, []],
    ['sort=-completedPercent', { key: 'completedPercent', descending: true }, []],
    ['sort=colour', { key: 'overdue', descending: true }, [{ param: 'sort', value: 'colour' }]],
  ])('?%s', (search, sort, ignored) => {
    expect(parseScoreSort(new URLSearchParams(search))).toEqual({ sort, ignored })
  })
})
