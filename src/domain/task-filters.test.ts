import {
  emptyFilters,
  filterTasks,
  parseTaskFilters,
  parseTaskSort,
  statusCounts,
  writeTaskFilters,
  writeTaskSort,
  type TaskFilters,
} from './task-filters'
import { aTask } from '../test/test-tasks'

const today = '2026-06-01'
const tasks = [
  aTask({ id: 'a', code: '1.1', status: 'delayed', dueDate: '2026-03-01', ownerId: 'moe', sdgTargets: ['4.7'] }),
  aTask({
    id: 'b',
    code: '1.2',
    status: 'in_progress',
    dueDate: '2026-12-01',
    ownerId: 'unesco',
    sdgTargets: ['4.1', '4.7'],
  }),
  aTask({ id: 'c', code: '2.1', status: 'completed', dueDate: '2025-01-01', ownerId: 'moe', sdgTargets: ['4.c'] }),
  aTask({
    id: 'd',
    code: '2.2',
    status: 'in_progress',
    dueDate: '2026-05-01',
    ownerId: 'orleu',
    sdgTargets: ['4.c'],
    title: { kk: 'Мұғалімдердің біліктілігін арттыру', ru: 'Повышение квалификации учителей', en: 'Teacher training' },
  }),
  aTask({
    id: 'e',
    code: '3.1',
    status: 'cancelled',
    dueDate: '2025-01-01',
    ownerId: 'unesco',
    sdgTargets: ['4.2'],
    description: { en: 'Green school pilot in Turkistan region' },
  }),
  aTask({
    id: 'f',
    code: '3.2',
    status: 'not_started',
    dueDate: '2027-01-01',
    ownerId: 'orleu',
    sdgTargets: ['4.a'],
    title: { ru: 'Ёлочная ярмарка ЭКО-школ' },
  }),
]

const filters = (overrides: Partial<TaskFilters>): TaskFilters => ({ ...emptyFilters, ...overrides })
const ids = (list: { id: string }[]) => list.map((t) => t.id).join(',')

test.each([
  ['no filters', {}, 'a,b,c,d,e,f'],
  ['one status', { statuses: ['delayed'] }, 'a'],
  ['two statuses are OR', { statuses: ['delayed', 'completed'] }, 'a,c'],
  ['overdue only', { overdue: true }, 'a,d'],
  ['owner', { owners: ['moe'] }, 'a,c'],
  ['two owners are OR', { owners: ['moe', 'orleu'] }, 'a,c,d,f'],
  ['target', { targets: ['4.7'] }, 'a,b'],
  ['two targets are OR', { targets: ['4.1', '4.c'] }, 'b,c,d'],
  ['params are AND', { statuses: ['in_progress'], targets: ['4.c'] }, 'd'],
  ['AND with overdue', { owners: ['moe'], overdue: true }, 'a'],
  ['late: overdue or delayed, once each', { attention: ['late'] }, 'a,d'],
  ['late AND a status', { attention: ['late'], statuses: ['in_progress'] }, 'd'],
  ['text on code', { q: '2.' }, 'c,d'],
  ['text on the English title, any case', { q: 'TEACHER' }, 'd'],
  ['text on the Russian title', { q: 'квалификации' }, 'd'],
  ['text on the Kazakh title, Kazakh capitals', { q: 'МҰҒАЛІМДЕРДІҢ' }, 'd'],
  ['text on the description', { q: 'turkistan' }, 'e'],
  ['Ё matches ё', { q: 'ЁЛОЧНАЯ' }, 'f'],
  ['nothing matches', { q: 'no such words' }, ''],
  [
    'all filters at once',
    { statuses: ['delayed', 'in_progress'], overdue: true, owners: ['orleu'], targets: ['4.c'], q: 'teach' },
    'd',
  ],
] as const)('%s', (_, overrides, expected) => {
  expect(ids(filterTasks(tasks, filters(overrides as Partial<TaskFilters>), today))).toBe(expected)
})

describe('review=submitted', () => {
  const submittedTaskIds = new Set(['b', 'd'])
  test.each([
    ['only activities with a submitted report', { review: true }, { submittedTaskIds }, 'b,d'],
    ['AND with another filter', { review: true, owners: ['orleu'] }, { submittedTaskIds }, 'd'],
    ['none submitted: nothing', { review: true }, { submittedTaskIds: new Set<string>() }, ''],
    ['ignored for someone who may not see reports', { review: true }, {}, 'a,b,c,d,e,f'],
    ['off: the reports do not matter', {}, { submittedTaskIds }, 'a,b,c,d,e,f'],
  ] as const)('%s', (_, overrides, context, expected) => {
    expect(ids(filterTasks(tasks, filters(overrides as Partial<TaskFilters>), today, context))).toBe(expected)
  })

  test('status counts honour it', () => {
    expect(statusCounts(tasks, filters({ review: true }), today, { submittedTaskIds }).in_progress).toBe(2)
    expect(statusCounts(tasks, filters({ review: true }), today, { submittedTaskIds }).delayed).toBe(0)
  })
})

test('status counts ignore the status filter but honour every other one', () => {
  expect(statusCounts(tasks, filters({ statuses: ['delayed'], owners: ['moe', 'orleu'] }), today)).toEqual({
    delayed: 1,
    in_progress: 1,
    completed: 1,
    not_started: 1,
    cancelled: 0,
  })
})

describe('parseTaskFilters', () => {
  test.each([
    ['', emptyFilters, []],
    ['status=delayed,in_progress', filters({ statuses: ['delayed', 'in_progress'] }), []],
    ['status=delayed&status=completed', filters({ statuses: ['delayed', 'completed'] }), []],
    ['status=delayed,on_hold', filters({ statuses: ['delayed'] }), [{ param: 'status', value: 'on_hold' }]],
    ['status=delayed,delayed', filters({ statuses: ['delayed'] }), []],
    ['overdue=1', filters({ overdue: true }), []],
    ['overdue=yes', emptyFilters, [{ param: 'overdue', value: 'yes' }]],
    ['attention=late,stale', filters({ attention: ['late', 'stale'] }), []],
    ['attention=late,old', filters({ attention: ['late'] }), [{ param: 'attention', value: 'old' }]],
    ['target=4.1,4.9,4.c', filters({ targets: ['4.1', '4.c'] }), [{ param: 'target', value: '4.9' }]],
    ['q=%20%D2%9B%D0%B0%D0%B7%20', filters({ q: 'қаз' }), []],
    ['lang=fr', emptyFilters, [{ param: 'lang', value: 'fr' }]],
    ['owner=moe,ghost', filters({ owners: ['moe', 'ghost'] }), []],
    // A parameter that takes one value: the first valid one counts, and every other one is named as ignored.
    ['overdue=1&overdue=x', filters({ overdue: true }), [{ param: 'overdue', value: 'x' }]],
    ['overdue=x&overdue=1', filters({ overdue: true }), [{ param: 'overdue', value: 'x' }]],
    ['sort=colour', emptyFilters, []], // the order is not a filter: parseTaskSort reads it
    ['lang=en&lang=fr', emptyFilters, [{ param: 'lang', value: 'fr' }]],
    ['q=a&q=b', filters({ q: 'a' }), [{ param: 'q', value: 'b' }]],
    ['review=submitted', filters({ review: true }), []],
    ['review=approved', emptyFilters, [{ param: 'review', value: 'approved' }]],
  ] as const)('?%s', (search, expected, ignored) => {
    expect(parseTaskFilters(new URLSearchParams(search))).toEqual({ filters: expected, ignored })
  })

  test('drops owners that do not exist once the owners are known', () => {
    const { filters: parsed, ignored } = parseTaskFilters(new URLSearchParams('owner=moe,ghost'), new Set(['moe']))
    expect(parsed.owners).toEqual(['moe'])
    expect(ignored).toEqual([{ param: 'owner', value: 'ghost' }])
  })
})

test('writing and reading the URL gives the same filters back, and keeps lang', () => {
  const original = filters({
    statuses: ['delayed', 'not_started'],
    overdue: true,
    attention: ['stale'],
    owners: ['moe'],
    targets: ['4.7', '4.a'],
    q: 'ESD & climate',
    review: true,
  })
  const params = writeTaskFilters(new URLSearchParams('lang=kk&status=completed'), original)
  expect(params.get('lang')).toBe('kk')
  expect(parseTaskFilters(params).filters).toEqual(original)
  expect(writeTaskFilters(new URLSearchParams('lang=ru&q=x&sort=title'), emptyFilters).toString()).toBe(
    'lang=ru&sort=title',
  )
})

describe('parseTaskSort', () => {
  test.each([
    ['', { key: 'code', descending: false }, []],
    ['sort=-dueDate', { key: 'dueDate', descending: true }, []],
    ['sort=colour', { key: 'code', descending: false }, [{ param: 'sort', value: 'colour' }]],
    ['sort=code&sort=bad', { key: 'code', descending: false }, [{ param: 'sort', value: 'bad' }]],
    ['sort=title&sort=-progress', { key: 'title', descending: false }, [{ param: 'sort', value: '-progress' }]],
    ['status=delayed', { key: 'code', descending: false }, []],
  ] as const)('?%s', (search, sort, ignored) => {
    expect(parseTaskSort(new URLSearchParams(search))).toEqual({ sort, ignored })
  })

  test('writing the default order removes sort; any other order round-trips', () => {
    expect(writeTaskSort(new URLSearchParams('sort=title&q=x'), { key: 'code', descending: false }).toString()).toBe(
      'q=x',
    )
    const params = writeTaskSort(new URLSearchParams('status=delayed'), { key: 'progress', descending: true })
    expect(params.toString()).toBe('status=delayed&sort=-progress')
    expect(parseTaskSort(params).sort).toEqual({ key: 'progress', descending: true })
  })
})
