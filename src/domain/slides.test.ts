import type { Indicator } from '../api/schemas'
import { groupChanges } from './changes'
import { buildSlides } from './slides'
import { aTask } from '../test/test-tasks'

const today = '2026-06-01'
const delayed = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    aTask({ id: `d${i}`, code: `1.${i + 1}`, status: 'delayed', dueDate: `2026-0${(i % 5) + 1}-10` }),
  )
const indicator = (id: string, actual: number): Indicator => ({
  id,
  code: id,
  name: { en: id },
  sdgTarget: '4.7',
  unit: 'percent',
  direction: 'increase',
  baseline: { year: 2020, value: 50 },
  targets: [{ year: 2030, value: 100 }],
  actuals: [{ year: 2025, value: actual }],
})
const kinds = (slides: ReturnType<typeof buildSlides>) =>
  slides.map((s) => ('page' in s ? `${s.kind} ${s.page}/${s.pages}` : s.kind))

test('a plan with nothing delayed, all indicators fine and no `since`', () => {
  expect(kinds(buildSlides({ tasks: [aTask({ id: 'a' })], indicators: [indicator('ok', 100)], today }))).toEqual([
    'title',
    'figures',
    'status-chart',
    'targets-chart',
    'attention 1/1',
    'indicators-summary',
    'closing',
  ])
})

test('delayed and overdue activities continue on more slides, at most 5 each, most overdue first', () => {
  const tasks = [
    ...delayed(15),
    aTask({ id: 'late', status: 'in_progress', dueDate: '2025-01-01' }),
    aTask({ id: 'fine' }),
  ]
  const slides = buildSlides({ tasks, indicators: [], today })
  const attention = slides.filter((s) => s.kind === 'attention')
  expect(attention.map((s) => [s.page, s.pages, s.tasks.length])).toEqual([
    [1, 4, 5],
    [2, 4, 5],
    [3, 4, 5],
    [4, 4, 1],
  ])
  expect(attention[0]?.tasks[0]?.id).toBe('late')
  expect(attention.flatMap((s) => s.tasks).map((t) => t.id)).not.toContain('fine')
})

test('off-track indicators get their slides, two per slide', () => {
  const indicators = ['a', 'b', 'c'].map((id) => indicator(id, 52)).concat(indicator('ok', 100))
  const slides = buildSlides({ tasks: [], indicators, today })
  expect(kinds(slides)).toContain('indicators-off-track 1/2')
  expect(kinds(slides)).toContain('indicators-off-track 2/2')
})

test('changes appear only when asked for, five activities per slide', () => {
  const updates = Array.from({ length: 7 }, (_, i) => ({
    id: `u${i}`,
    taskId: `t${i}`,
    at: '2026-05-20T10:00:00+05:00',
    author: 'x',
    status: 'completed' as const,
    previousStatus: 'in_progress' as const,
    progress: 100,
  }))
  expect(kinds(buildSlides({ tasks: [], indicators: [], today }))).not.toContain('changes 1/1')
  const slides = kinds(buildSlides({ tasks: [], indicators: [], today, changes: groupChanges(updates) }))
  expect(slides.slice(-3)).toEqual(['changes 1/2', 'changes 2/2', 'closing'])
  expect(kinds(buildSlides({ tasks: [], indicators: [], today, changes: [] }))).toContain('changes 1/1')
})

test('a big plan keeps its delayed and overdue part to five slides and says how many were left off', () => {
  const tasks = [...delayed(400), aTask({ id: 'late', status: 'in_progress', dueDate: '2024-01-01' })]
  const attention = buildSlides({ tasks, indicators: [], today }).filter((s) => s.kind === 'attention')
  expect(attention.map((s) => [s.page, s.pages, s.tasks.length, s.more])).toEqual([
    [1, 5, 5, 0],
    [2, 5, 5, 0],
    [3, 5, 5, 0],
    [4, 5, 5, 0],
    [5, 5, 5, 376],
  ])
  expect(attention[0]?.tasks[0]?.id).toBe('late')
})
