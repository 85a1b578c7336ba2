import { aTask } from '../test/test-tasks'
import { byUrgency, listSlidesMax, pageList } from './slide-lists'

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

test.each([
  { items: 0, perSlide: 8, max: 5, slides: [0], more: 0 },
  { items: 3, perSlide: 8, max: 5, slides: [3], more: 0 },
  { items: 8, perSlide: 8, max: 5, slides: [8], more: 0 },
  { items: 17, perSlide: 8, max: 5, slides: [8, 8, 1], more: 0 },
  { items: 40, perSlide: 8, max: 5, slides: [8, 8, 8, 8, 8], more: 0 },
  { items: 41, perSlide: 8, max: 5, slides: [8, 8, 8, 8, 8], more: 1 },
  { items: 10_000, perSlide: 8, max: 5, slides: [8, 8, 8, 8, 8], more: 9_960 },
  { items: 7, perSlide: 2, max: 3, slides: [2, 2, 2], more: 1 },
])(
  '$items items, $perSlide a slide, at most $max slides: $slides and $more more',
  ({ items, perSlide, max, slides, more }) => {
    const pages = pageList(numbers(items), perSlide, max)
    expect(pages.map((page) => page.items.length)).toEqual(slides)
    expect(pages.map((page) => [page.page, page.pages])).toEqual(slides.map((_, i) => [i + 1, slides.length]))
    // Only the last slide says how many were left off.
    expect(pages.map((page) => page.more)).toEqual(slides.map((_, i) => (i === slides.length - 1 ? more : 0)))
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(items).slice(0, items - more))
  },
)

test('a list stops after five slides unless told otherwise', () => {
  expect(listSlidesMax).toBe(5)
  expect(pageList(numbers(100), 8)).toHaveLength(listSlidesMax)
})

const today = '2026-06-01'
test.each([
  {
    why: 'more days overdue first',
    tasks: [
      aTask({ id: 'a', code: '1.1', status: 'in_progress', dueDate: '2026-05-01' }),
      aTask({ id: 'b', code: '1.2', status: 'in_progress', dueDate: '2026-01-01' }),
    ],
    order: ['b', 'a'],
  },
  {
    why: 'at equal days overdue, the one reported Delayed first',
    tasks: [
      aTask({ id: 'a', code: '1.1', status: 'in_progress', dueDate: '2026-05-01' }),
      aTask({ id: 'b', code: '1.2', status: 'delayed', dueDate: '2026-05-01' }),
    ],
    order: ['b', 'a'],
  },
  {
    why: 'an overdue activity before a Delayed one not yet due',
    tasks: [
      aTask({ id: 'a', code: '1.1', status: 'delayed', dueDate: '2026-09-01' }),
      aTask({ id: 'b', code: '1.2', status: 'not_started', dueDate: '2026-05-31' }),
    ],
    order: ['b', 'a'],
  },
  {
    why: 'Delayed and not yet due: the nearest due date first',
    tasks: [
      aTask({ id: 'a', code: '1.1', status: 'delayed', dueDate: '2027-09-01' }),
      aTask({ id: 'b', code: '1.2', status: 'delayed', dueDate: '2026-07-01' }),
    ],
    order: ['b', 'a'],
  },
  {
    why: 'all else equal, by code in numeric order',
    tasks: [
      aTask({ id: 'a', code: '1.10', status: 'delayed', dueDate: '2026-07-01' }),
      aTask({ id: 'b', code: '1.9', status: 'delayed', dueDate: '2026-07-01' }),
    ],
    order: ['b', 'a'],
  },
])('most urgent first: $why', ({ tasks, order }) => {
  expect([...tasks].sort(byUrgency(today)).map((task) => task.id)).toEqual(order)
  expect(
    [...tasks]
      .reverse()
      .sort(byUrgency(today))
      .map((task) => task.id),
  ).toEqual(order)
})
