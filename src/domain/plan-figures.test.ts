import type { Indicator } from '../api/schemas'
import {
  countByStatus,
  deadlinesByQuarter,
  deadlinesOverPeriod,
  headlineFigures,
  indicatorsNeedingAttention,
  otherOwnersKey,
  quarterOf,
  quartersBetween,
  tasksByOwner,
  tasksByTarget,
  tasksNeedingAttention,
  upcomingDeadlines,
} from './plan-figures'
import { aTask } from '../test/test-tasks'

const today = '2026-06-01'
const tasks = [
  aTask({ id: 'a', status: 'completed', dueDate: '2025-12-31', sdgTargets: ['4.7'], ownerId: 'moe' }),
  aTask({ id: 'b', status: 'completed', dueDate: '2026-02-01', sdgTargets: ['4.7', '4.1'], ownerId: 'moe' }),
  aTask({ id: 'c', status: 'delayed', dueDate: '2026-05-01', sdgTargets: ['4.1'], ownerId: 'unesco' }), // 31 days overdue
  aTask({ id: 'd', status: 'delayed', dueDate: '2026-08-01', sdgTargets: ['4.c'], ownerId: 'unesco' }), // delayed, not overdue
  aTask({ id: 'e', status: 'in_progress', dueDate: '2026-01-01', sdgTargets: ['4.c'], ownerId: 'orleu' }), // 151 days overdue
  aTask({ id: 'f', status: 'in_progress', dueDate: '2026-06-01', ownerId: 'orleu' }), // due today: upcoming, not overdue
  aTask({ id: 'g', status: 'not_started', dueDate: '2026-08-30', ownerId: 'orleu' }), // day 90
  aTask({ id: 'h', status: 'not_started', dueDate: '2026-08-31', ownerId: 'kaznu' }), // day 91
  aTask({ id: 'i', status: 'cancelled', dueDate: '2025-01-01', ownerId: 'kaznu' }),
]
const ids = (list: { id: string }[]) => list.map((t) => t.id).join(',')

const indicator = (id: string, actual: number, direction: 'increase' | 'decrease' = 'increase'): Indicator => ({
  id,
  code: id,
  name: { en: id },
  sdgTarget: '4.1',
  unit: 'percent',
  direction,
  baseline: { year: 2020, value: 50 },
  targets: [{ year: 2030, value: 100 }],
  actuals: actual < 0 ? [] : [{ year: 2025, value: actual }],
})
const indicators = [
  indicator('achieved', 100),
  indicator('on-track', 75),
  indicator('limited', 52),
  indicator('worse', 40),
  indicator('no-data', -1),
]

test('headline figures', () => {
  expect(headlineFigures(tasks, indicators, today)).toEqual({
    total: 9,
    byStatus: { completed: 2, delayed: 2, in_progress: 2, not_started: 2, cancelled: 1 },
    completedPercent: 25, // 2 of the 8 not cancelled
    overdue: 2,
    indicatorsOnTrack: 2,
    indicatorsWithData: 4,
  })
})

test('headline figures for no activities and indicators not loaded', () => {
  expect(headlineFigures([], undefined, today)).toMatchObject({
    total: 0,
    completedPercent: 0,
    overdue: 0,
    indicatorsWithData: 0,
  })
})

test('activities by target count an activity under each of its targets, in SDG order, without empty targets', () => {
  expect(tasksByTarget(tasks).map((g) => `${g.key}:${g.total}`)).toEqual(['4.1:2', '4.7:6', '4.c:2'])
  expect(tasksByTarget(tasks).find((g) => g.key === '4.1')?.counts).toEqual(countByStatus([tasks[1]!, tasks[2]!]))
})

test('activities by owner: busiest first, the rest folded into "other"', () => {
  expect(tasksByOwner(tasks).map((g) => `${g.key}:${g.total}`)).toEqual(['orleu:3', 'kaznu:2', 'moe:2', 'unesco:2'])
  expect(tasksByOwner(tasks, 2).map((g) => `${g.key}:${g.total}`)).toEqual([
    'orleu:3',
    'kaznu:2',
    `${otherOwnersKey}:4`,
  ])
})

test('deadlines by quarter skip cancelled activities', () => {
  expect(deadlinesByQuarter(tasks)).toEqual([
    { quarter: '2025-Q4', due: 1, completed: 1 },
    { quarter: '2026-Q1', due: 2, completed: 1 },
    { quarter: '2026-Q2', due: 2, completed: 0 },
    { quarter: '2026-Q3', due: 3, completed: 0 },
  ])
  expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual([
    '2026-Q1',
    '2026-Q1',
    '2026-Q2',
    '2026-Q4',
  ])
})

test.each([
  ['one quarter', '2026-Q2', '2026-Q2', ['2026-Q2']],
  ['within a year', '2026-Q1', '2026-Q3', ['2026-Q1', '2026-Q2', '2026-Q3']],
  ['across a new year', '2025-Q3', '2026-Q2', ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']],
  ['across two new years', '2025-Q4', '2027-Q1', ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']],
  ['the end before the start', '2026-Q3', '2026-Q2', []],
])('quarters between, both included: %s', (_, from, to, expected) => {
  expect(quartersBetween(from, to)).toEqual(expected)
})

test.each([
  [
    'runs from the start of the plan to its end, empty quarters included',
    { start: '2025-08-15', end: '2026-12-31' },
    ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
  ],
  [
    'widens to a deadline before the plan starts or after it ends',
    { start: '2026-01-01', end: '2026-06-30' },
    ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'],
  ],
])('deadlines over the plan period %s', (_, period, quarters) => {
  const rows = deadlinesOverPeriod(tasks, period)
  expect(rows.map((row) => row.quarter)).toEqual(quarters)
  // The quarters with deadlines carry the same counts as deadlinesByQuarter; the rest are zero.
  for (const row of rows) {
    const counted = deadlinesByQuarter(tasks).find((entry) => entry.quarter === row.quarter)
    expect(row).toEqual(counted ?? { quarter: row.quarter, due: 0, completed: 0 })
  }
})

test('deadlines over the plan period with no activities: every quarter of the plan, nothing due', () => {
  expect(deadlinesOverPeriod([], { start: '2026-04-01', end: '2026-09-30' })).toEqual([
    { quarter: '2026-Q2', due: 0, completed: 0 },
    { quarter: '2026-Q3', due: 0, completed: 0 },
  ])
})

test('needs attention: overdue or delayed, most overdue first', () => {
  expect(ids(tasksNeedingAttention(tasks, today))).toBe('e,c,d')
  expect(ids(tasksNeedingAttention(tasks, today, 1))).toBe('e')
})

test('upcoming deadlines: open activities due from today to 90 days ahead', () => {
  expect(ids(upcomingDeadlines(tasks, today))).toBe('f,d,g')
})

test('indicators needing attention: deterioration first, then limited progress', () => {
  expect(indicatorsNeedingAttention(indicators).map((i) => `${i.indicator.id}:${i.status}`)).toEqual([
    'worse:deterioration',
    'limited:limited_progress',
  ])
})
