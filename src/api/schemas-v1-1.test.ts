import { indicatorReportInputSchema, reportSchema, returnInputSchema, taskReportInputSchema } from './schemas-v1-1'

const basedOn = '2026-05-01T10:00:00+05:00'

test.each([
  ['a full report', { status: 'delayed', progress: 40, note: { ru: 'Задержка поставки' }, basedOn }, true],
  ['progress above 100', { status: 'delayed', progress: 101, note: { en: 'x' }, basedOn }, false],
  ['progress not whole', { status: 'delayed', progress: 40.5, note: { en: 'x' }, basedOn }, false],
  ['a blank note', { status: 'delayed', progress: 40, note: { en: '  ' }, basedOn }, false],
  ['no basedOn', { status: 'delayed', progress: 40, note: { en: 'x' } }, false],
  ['an unknown status', { status: 'paused', progress: 40, note: { en: 'x' }, basedOn }, false],
])('activity report: %s', (_, body, ok) => {
  expect(taskReportInputSchema.safeParse(body).success).toBe(ok)
})

test.each([
  ['a value', { year: 2026, value: 51.5, basedOn }, true],
  ['infinity', { year: 2026, value: Infinity, basedOn }, false],
  ['a year far away', { year: 3026, value: 1, basedOn }, false],
])('indicator report: %s', (_, body, ok) => {
  expect(indicatorReportInputSchema.safeParse(body).success).toBe(ok)
})

test('a returned report needs a comment that is more than spaces', () => {
  expect(returnInputSchema.safeParse({ comment: '   ' }).success).toBe(false)
  expect(returnInputSchema.safeParse({ comment: ' Please add the source ' })).toEqual({
    success: true,
    data: { comment: 'Please add the source' },
  })
})

test('a report is told apart by its kind', () => {
  const common = {
    id: 'r-1',
    state: 'submitted',
    basedOn,
    submittedBy: { id: 'u-1', name: 'A. Reporter' },
    submittedAt: basedOn,
  }
  const task = reportSchema.parse({
    ...common,
    kind: 'task_progress',
    taskId: 't-1',
    proposed: { status: 'completed', progress: 100 },
    previous: { status: 'in_progress', progress: 80 },
  })
  expect(task.kind === 'task_progress' && task.taskId).toBe('t-1')
  expect(
    reportSchema.safeParse({
      ...common,
      kind: 'task_progress',
      taskId: 't-1',
      proposed: { year: 2026, value: 1 },
      previous: null,
    }).success,
  ).toBe(false)
})
