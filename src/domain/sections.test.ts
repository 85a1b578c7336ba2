import type { PlanSection, Task } from '../api/schemas'
import { groupBySection, rollUp, sectionCodeOf } from './sections'
import { aTask } from '../test/test-tasks'

const today = '2026-06-01'

test.each([
  ['2.4', '2'],
  ['2.4.1', '2'],
  ['10.1', '10'],
  ['7', '7'],
  ['', ''],
])('activity %j is in section %j', (code, section) => {
  expect(sectionCodeOf(code)).toBe(section)
})

describe('rollUp', () => {
  test.each<[string, Partial<Task>[], ReturnType<typeof rollUp>]>([
    ['nothing', [], { count: 0, completed: 0, overdue: 0, meanProgress: null }],
    [
      'cancelled work counts in the total but not in the mean progress',
      [
        { status: 'completed', progress: 100 },
        { status: 'in_progress', progress: 40 },
        { status: 'cancelled', progress: 0 },
      ],
      { count: 3, completed: 1, overdue: 0, meanProgress: 70 },
    ],
    [
      'overdue whatever was reported; completed late is not overdue',
      [
        { status: 'delayed', progress: 10, dueDate: '2026-01-01' },
        { status: 'in_progress', progress: 20, dueDate: '2026-05-31' },
        { status: 'completed', progress: 100, dueDate: '2025-01-01' },
      ],
      { count: 3, completed: 1, overdue: 2, meanProgress: 130 / 3 },
    ],
    [
      'all cancelled: no mean',
      [{ status: 'cancelled', progress: 30 }],
      { count: 1, completed: 0, overdue: 0, meanProgress: null },
    ],
  ])('%s', (_, overrides, expected) => {
    const tasks = overrides.map((o, i) => aTask({ id: String(i), ...o }))
    expect(rollUp(tasks, today)).toEqual(expected)
  })
})

describe('groupBySection', () => {
  const sections: PlanSection[] = [
    { code: '1', title: { en: 'Access' } },
    { code: '2', title: { en: 'Quality' } },
    { code: '10', title: { en: 'Financing' } },
  ]
  const codes = (groups: ReturnType<typeof groupBySection>) =>
    groups.map((g) => `${g.section?.code ?? '?'}: ${g.tasks.map((t) => t.code).join(' ')}`)

  test('keeps the given order inside and across sections; unknown sections come last, together', () => {
    const tasks = ['1.1', '1.2', '2.1', '9.1', '10.1', '10.2', 'X'].map((code) => aTask({ id: code, code }))
    expect(codes(groupBySection(tasks, sections, today))).toEqual(['1: 1.1 1.2', '2: 2.1', '10: 10.1 10.2', '?: 9.1 X'])
  })

  test('descending order gives the sections in descending order', () => {
    const tasks = ['10.1', '2.2', '2.1', '1.1'].map((code) => aTask({ id: code, code }))
    expect(codes(groupBySection(tasks, sections, today))).toEqual(['10: 10.1', '2: 2.2 2.1', '1: 1.1'])
  })

  test('a section with no activity shown has no group; the roll-up counts only what is shown', () => {
    const tasks = [aTask({ id: 'a', code: '2.1', status: 'completed', progress: 100 })]
    const groups = groupBySection(tasks, sections, today)
    expect(codes(groups)).toEqual(['2: 2.1'])
    expect(groups[0]?.rollup).toEqual({ count: 1, completed: 1, overdue: 0, meanProgress: 100 })
  })

  test('a plan without sections: no groups, the list stays flat', () => {
    const tasks = [aTask({ id: 'a', code: '2.1' })]
    expect(groupBySection(tasks, undefined, today)).toEqual([])
    expect(groupBySection(tasks, [], today)).toEqual([])
  })
})
