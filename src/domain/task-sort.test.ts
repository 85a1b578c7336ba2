import { sortTasks, type SortContext } from './task-sort'
import type { TaskSort } from './task-filters'
import { aTask } from '../test/test-tasks'

const owners: Record<string, string> = { moe: 'Ministry of Education', unesco: 'UNESCO Almaty', orleu: 'Orleu' }
const context: SortContext = {
  locale: 'en-GB',
  titleOf: (task) => task.title.en ?? '',
  ownerNameOf: (id) => owners[id] ?? id,
}
const tasks = [
  aTask({
    id: 'a',
    code: '1.10',
    title: { en: 'beta' },
    status: 'completed',
    ownerId: 'unesco',
    dueDate: '2026-01-01',
    progress: 100,
  }),
  aTask({
    id: 'b',
    code: '1.2',
    title: { en: 'Alpha' },
    status: 'delayed',
    ownerId: 'orleu',
    dueDate: '2027-01-01',
    progress: 30,
  }),
  aTask({
    id: 'c',
    code: '2.1',
    title: { en: 'gamma' },
    status: 'in_progress',
    ownerId: 'moe',
    dueDate: '2026-01-01',
    progress: 30,
  }),
  aTask({
    id: 'd',
    code: '1.1',
    title: { en: 'delta' },
    status: 'not_started',
    ownerId: 'moe',
    dueDate: '2028-01-01',
    progress: 0,
  }),
]
const order = (sort: TaskSort) =>
  sortTasks(tasks, sort, context)
    .map((t) => t.id)
    .join(',')

test.each([
  [{ key: 'code', descending: false }, 'd,b,a,c'], // 1.1, 1.2, 1.10, 2.1: numeric, not text order
  [{ key: 'code', descending: true }, 'c,a,b,d'],
  [{ key: 'title', descending: false }, 'b,a,d,c'], // case does not matter
  [{ key: 'status', descending: false }, 'b,c,d,a'], // delayed first, completed last
  [{ key: 'owner', descending: false }, 'd,c,b,a'], // ties by code: 1.1 before 2.1
  [{ key: 'dueDate', descending: false }, 'a,c,b,d'],
  [{ key: 'dueDate', descending: true }, 'd,b,c,a'],
  [{ key: 'progress', descending: false }, 'd,b,c,a'],
] as const)('%o → %s', (sort, expected) => {
  expect(order(sort)).toBe(expected)
})

test('sorting does not change the input', () => {
  const before = tasks.map((t) => t.id).join(',')
  order({ key: 'title', descending: true })
  expect(tasks.map((t) => t.id).join(',')).toBe(before)
})

test('Kazakh titles sort in the Kazakh alphabet (Ә after А, Ө after О)', () => {
  const kk = [
    aTask({ id: 'x', title: { kk: 'Өнер' } }),
    aTask({ id: 'y', title: { kk: 'Оқу' } }),
    aTask({ id: 'z', title: { kk: 'Әдіс' } }),
    aTask({ id: 'w', title: { kk: 'Бала' } }),
  ]
  const sorted = sortTasks(
    kk,
    { key: 'title', descending: false },
    { ...context, locale: 'kk-KZ', titleOf: (t) => t.title.kk ?? '' },
  )
  expect(sorted.map((t) => t.title.kk)).toEqual(['Әдіс', 'Бала', 'Оқу', 'Өнер'])
})
