import type { TaskUpdate } from '../api/schemas'
import { aTask } from '../test/test-tasks'
import {
  groupChanges,
  historySince,
  last30Days,
  orderByImpact,
  parseSince,
  startOfQuarter,
  stepChange,
  summariseChanges,
  type UpdateStep,
} from './changes'

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
  // A bare date is that day at 10:00 in Astana; a full timestamp is taken as written.
  at: at.includes('T') ? at : `${at}T10:00:00+05:00`,
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
  const groups = groupChanges(updates, '2026-05-01')
  expect(groups.map((g) => g.taskId)).toEqual(['t1', 't2', 't3', 't4'])
  expect(groups[0]).toMatchObject({
    statusChange: { from: 'not_started', to: 'completed' },
    progressFrom: null,
    progressTo: 100,
  })
  expect(groups[0]?.updates.map((u) => u.id)).toEqual(['u6', 'u4', 'u2'])
  expect(groups[1]).toMatchObject({ statusChange: { from: 'in_progress', to: 'delayed' } })
  expect(groups[2]).toMatchObject({ statusChange: null, progressFrom: null, progressTo: 30 })
  // delayed → in_progress → delayed: back where it started, so no net change
  expect(groups[3]).toMatchObject({ statusChange: null })
})

test('summary: how many changed status, and into what', () => {
  expect(summariseChanges(groupChanges(updates, '2026-05-01'))).toEqual({
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
  const ordered = orderByImpact(groupChanges(updates, '2026-05-01'), tasks, '2026-06-01')
  expect(ordered.map((g) => [g.taskId, g.impact])).toEqual([
    ['t2', 'worse'],
    ['t3', 'worse'],
    ['t1', 'better'],
    ['t4', 'progress_only'],
  ])
})

describe('groupChanges: before → after over the period, from the updates before `since` too', () => {
  const since = '2026-05-01'
  const severalInPeriod = [
    update('a0', 't1', '2026-03-01', 'in_progress', 'not_started', 10),
    update('a1', 't1', '2026-04-01', 'in_progress', 'in_progress', 20),
    update('a2', 't1', '2026-05-05', 'delayed', 'in_progress', 30),
    update('a3', 't1', '2026-05-20', 'in_progress', 'delayed', 50),
    update('a4', 't1', '2026-05-25', 'completed', 'in_progress', 60),
  ]
  test.each([
    {
      name: 'no update before since: the progress before is not known, the status before is the first previousStatus',
      updates: [update('b1', 't1', '2026-05-10', 'in_progress', 'not_started', 10)],
      expected: {
        statusBefore: 'not_started',
        statusChange: { from: 'not_started', to: 'in_progress' },
        progressFrom: null,
        progressTo: 10,
        ids: ['b1'],
      },
    },
    {
      name: 'one update before since: its progress is the progress before the period (not the oldest update in it)',
      updates: [
        update('c2', 't1', '2026-05-10', 'in_progress', 'in_progress', 55),
        update('c1', 't1', '2026-04-20', 'in_progress', 'in_progress', 40),
        update('c0', 't1', '2026-02-20', 'in_progress', 'not_started', 15),
      ],
      expected: { statusBefore: 'in_progress', statusChange: null, progressFrom: 40, progressTo: 55, ids: ['c2'] },
    },
    {
      name: 'several updates in the period: the oldest one in it does not stand for "before"',
      updates: [...severalInPeriod].reverse(),
      expected: {
        statusBefore: 'in_progress',
        statusChange: { from: 'in_progress', to: 'completed' },
        progressFrom: 20,
        progressTo: 60,
        ids: ['a4', 'a3', 'a2'],
      },
    },
    {
      name: 'updates out of order are read by their time',
      updates: [
        severalInPeriod[2],
        severalInPeriod[0],
        severalInPeriod[4],
        severalInPeriod[1],
        severalInPeriod[3],
      ].filter((u) => u !== undefined),
      expected: {
        statusBefore: 'in_progress',
        statusChange: { from: 'in_progress', to: 'completed' },
        progressFrom: 20,
        progressTo: 60,
        ids: ['a4', 'a3', 'a2'],
      },
    },
    {
      name: 'an update at 00:00 on since is in the period; one the evening before is not, by the date written in `at`',
      updates: [
        update('d2', 't1', '2026-05-01T00:00:00+05:00', 'in_progress', 'in_progress', 70),
        // 02:30 UTC on 1 May, after d2's instant, but written as 30 April: the API leaves it out of ?since=2026-05-01.
        update('d1', 't1', '2026-04-30T23:30:00-03:00', 'in_progress', 'in_progress', 65),
        update('d0', 't1', '2026-04-30T23:59:00+05:00', 'in_progress', 'in_progress', 60),
      ],
      expected: { statusBefore: 'in_progress', statusChange: null, progressFrom: 65, progressTo: 70, ids: ['d2'] },
    },
    {
      name: 'status changed and changed back: no net change of status',
      updates: [
        update('e2', 't1', '2026-05-10', 'in_progress', 'delayed', 35),
        update('e1', 't1', '2026-05-05', 'delayed', 'in_progress', 30),
        update('e0', 't1', '2026-04-05', 'in_progress', 'not_started', 30),
      ],
      expected: {
        statusBefore: 'in_progress',
        statusChange: null,
        progressFrom: 30,
        progressTo: 35,
        ids: ['e2', 'e1'],
      },
    },
    {
      name: 'no previousStatus on the oldest update in the period: the status of the report before it',
      updates: [
        update('f1', 't1', '2026-05-10', 'in_progress', null, 45),
        update('f0', 't1', '2026-04-10', 'delayed', 'in_progress', 45),
      ],
      expected: {
        statusBefore: 'delayed',
        statusChange: { from: 'delayed', to: 'in_progress' },
        progressFrom: 45,
        progressTo: 45,
        ids: ['f1'],
      },
    },
    {
      name: 'the status was changed between reports (a plan import): the update’s own previousStatus wins',
      updates: [
        update('i1', 't1', '2026-05-10', 'in_progress', 'delayed', 45),
        update('i0', 't1', '2026-04-10', 'in_progress', 'not_started', 45),
      ],
      expected: {
        statusBefore: 'delayed',
        statusChange: { from: 'delayed', to: 'in_progress' },
        progressFrom: 45,
        progressTo: 45,
        ids: ['i1'],
      },
    },
    {
      name: 'nothing known before the period: no status change can be told',
      updates: [update('g1', 't1', '2026-05-10', 'delayed', null, 45)],
      expected: { statusBefore: null, statusChange: null, progressFrom: null, progressTo: 45, ids: ['g1'] },
    },
  ])('$name', ({ updates, expected }) => {
    const { ids, ...summary } = expected
    const groups = groupChanges(updates, since)
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject(summary)
    expect(groups[0]?.updates.map((u) => u.id)).toEqual(ids)
  })

  test('an activity with updates only before since has no group; groups come newest first', () => {
    const groups = groupChanges(
      [
        update('h0', 'old', '2026-04-30', 'delayed', 'in_progress', 10),
        update('h1', 'early', '2026-05-02', 'in_progress', 'in_progress', 10),
        update('h2', 'late', '2026-05-09', 'in_progress', 'in_progress', 10),
        update('h3', 'early', '2026-04-02', 'in_progress', 'in_progress', 5),
      ],
      since,
    )
    expect(groups.map((g) => g.taskId)).toEqual(['late', 'early'])
  })

  test('each step knows what stood before it, newest first', () => {
    const [group] = groupChanges(severalInPeriod, since)
    expect(group?.steps.map((s) => [s.update.id, s.statusBefore, s.progressBefore])).toEqual([
      ['a4', 'in_progress', 50],
      ['a3', 'delayed', 30],
      ['a2', 'in_progress', 20],
    ])
  })
})

describe('stepChange: only what one update changed', () => {
  const step = (
    statusBefore: UpdateStep['statusBefore'],
    progressBefore: number | null,
    status: UpdateStep['update']['status'],
    progress: number,
  ): UpdateStep => ({
    update: update('s', 't1', '2026-05-10', status, statusBefore, progress),
    statusBefore,
    progressBefore,
  })
  test.each([
    ['nothing', step('in_progress', 40, 'in_progress', 40), { status: null, progress: null }],
    [
      'progress up',
      step('in_progress', 40, 'in_progress', 55),
      { status: null, progress: { direction: 'up', to: 55 } },
    ],
    [
      'progress down',
      step('in_progress', 40, 'in_progress', 30),
      { status: null, progress: { direction: 'down', to: 30 } },
    ],
    [
      'status only',
      step('in_progress', 40, 'delayed', 40),
      { status: { from: 'in_progress', to: 'delayed' }, progress: null },
    ],
    [
      'the first report',
      step('not_started', null, 'in_progress', 10),
      { status: { from: 'not_started', to: 'in_progress' }, progress: { direction: 'first', to: 10 } },
    ],
    ['status before unknown', step(null, 10, 'delayed', 10), { status: null, progress: null }],
  ])('%s', (_name, input, expected) => {
    expect(stepChange(input)).toEqual(expected)
  })
})

test.each([
  ['2026-05-02', '2023-04-06', '2023-04-06'],
  ['2023-04-06', '2023-04-06', '2023-04-06'],
  ['2020-01-01', '2023-04-06', '2020-01-01'],
])('since %s with the plan starting %s: ask the API for updates since %s', (since, planStart, asked) => {
  expect(historySince(since, planStart)).toBe(asked)
})
