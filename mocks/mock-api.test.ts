// The mock API answers contract v1, its fixtures hold the sample plan the brief asks for, and each named
// scenario fails the way its name says.
import { getJson } from '../src/api/client'
import { ContractError, HttpError, NetworkError } from '../src/api/errors'
import {
  indicatorListSchema,
  indicatorSchema,
  ownerListSchema,
  planSchema,
  taskDetailSchema,
  taskListSchema,
  taskStatuses,
  taskUpdateListSchema,
} from '../src/api/schemas'
import { assessProgress } from '../src/domain/progress-status'
import { pinnedToday } from '../src/test/pinned-date'
import { db, seed } from './data/db'
import { shiftDate } from './data/dates'
import { server } from './node'
import { scenarios } from './scenarios'

test('every endpoint answers with data that fits the contract', async () => {
  await expect(getJson('/plan', () => planSchema)).resolves.toBeTruthy()
  await expect(getJson('/owners', () => ownerListSchema)).resolves.toBeTruthy()
  await expect(getJson('/tasks', () => taskListSchema)).resolves.toBeTruthy()
  await expect(getJson('/tasks/t-001', () => taskDetailSchema)).resolves.toBeTruthy()
  await expect(getJson('/indicators', () => indicatorListSchema)).resolves.toBeTruthy()
  const firstIndicator = db.indicators[0]?.id ?? ''
  await expect(getJson(`/indicators/${firstIndicator}`, () => indicatorSchema)).resolves.toBeTruthy()
  await expect(getJson('/updates?since=2026-01-01', () => taskUpdateListSchema)).resolves.toBeTruthy()
})

test('unknown ids are 404 with an error body', async () => {
  await expect(getJson('/tasks/nope', () => taskDetailSchema)).rejects.toMatchObject({ status: 404, code: 'not_found' })
  await expect(getJson('/indicators/nope', () => indicatorSchema)).rejects.toMatchObject({ status: 404 })
})

test('/updates?since= returns updates on or after the date, newest first, and 400 without a date', async () => {
  const since = shiftDate(pinnedToday, -30)
  const { items } = await getJson(`/updates?since=${since}`, () => taskUpdateListSchema)
  expect(items.length).toBeGreaterThan(0)
  expect(items.every((u) => u.at.slice(0, 10) >= since)).toBe(true)
  expect(items.map((u) => u.at)).toEqual([...items.map((u) => u.at)].sort().reverse())
  await expect(getJson('/updates', () => taskUpdateListSchema)).rejects.toMatchObject({ status: 400 })
})

test('a task detail carries its milestones and its own updates, newest first', async () => {
  const withUpdates = db.tasks.find((t) => db.updates.some((u) => u.taskId === t.id))
  const detail = await getJson(`/tasks/${withUpdates?.id}`, () => taskDetailSchema)
  expect(detail.updates.length).toBeGreaterThan(0)
  expect(detail.updates.every((u) => u.taskId === detail.id)).toBe(true)
})

describe('the sample plan', () => {
  test('is big enough and covers every status, SDG target 4.1–4.c and overdue work', () => {
    expect(db.tasks.length).toBeGreaterThanOrEqual(60)
    expect(db.owners.length).toBeGreaterThanOrEqual(12)
    expect(db.indicators.length).toBeGreaterThanOrEqual(15)
    expect(new Set(db.tasks.map((t) => t.status))).toEqual(new Set(taskStatuses))
    const targets = new Set(db.tasks.flatMap((t) => t.sdgTargets))
    for (const target of ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.a', '4.b', '4.c']) {
      expect(targets).toContain(target)
    }
    const on47 = db.tasks.filter((t) => t.sdgTargets.includes('4.7')).length
    expect(on47 / db.tasks.length).toBeGreaterThan(0.25)
    const overdue = db.tasks.filter((t) => !['completed', 'cancelled'].includes(t.status) && t.dueDate < pinnedToday)
    expect(overdue.length).toBeGreaterThanOrEqual(3)
    expect(db.indicators.filter((i) => i.unit === 'level').length).toBeGreaterThanOrEqual(2)
    expect(db.updates.length).toBeGreaterThan(0)
  })

  test('is trilingual', () => {
    for (const task of db.tasks) expect(Object.keys(task.title).sort()).toEqual(['en', 'kk', 'ru'])
    for (const owner of db.owners) expect(Object.keys(owner.name).sort()).toEqual(['en', 'kk', 'ru'])
    for (const indicator of db.indicators) expect(Object.keys(indicator.name).sort()).toEqual(['en', 'kk', 'ru'])
  })

  test('references only owners and indicators that exist', () => {
    const owners = new Set(db.owners.map((o) => o.id))
    const indicators = new Set(db.indicators.map((i) => i.id))
    for (const task of db.tasks) {
      expect(owners).toContain(task.ownerId)
      for (const id of task.partnerIds) expect(owners).toContain(id)
      for (const id of task.indicatorIds) expect(indicators).toContain(id)
    }
  })

  // Worked out by hand from docs/product.md's method (not with assessProgress), so the method is not tested with itself.
  // E.g. ind-4-1-1-read: 35.8 (2018) → 34.9 (2024) against 50 in 2029: the observed rate is negative → deterioration.
  test('gives every indicator the progress status the method yields, so every explanation can be seen', () => {
    expect(Object.fromEntries(db.indicators.map((i) => [i.id, assessProgress(i).status]))).toEqual({
      'ind-4-1-1-math': 'limited_progress',
      'ind-4-1-1-read': 'deterioration',
      'ind-4-1-completion': 'on_track',
      'ind-4-2-1-ecdi': 'insufficient_data',
      'ind-4-2-2-preschool': 'on_track',
      'ind-4-3-tvet': 'limited_progress',
      'ind-4-4-digital': 'on_track',
      'ind-4-5-inclusive': 'target_achieved',
      'ind-4-a-three-shift': 'limited_progress',
      'ind-4-a-emergency': 'deterioration',
      'ind-4-a-classrooms': 'on_track',
      'ind-4-c-qualification': 'acceleration_needed',
      'ind-4-c-teachers-esd': 'on_track',
      'ind-4-7-aspnet': 'limited_progress',
      'ind-4-7-green-schools': 'on_track',
      'ind-4-7-1-policy': 'on_track',
      'ind-4-7-1-curricula': 'limited_progress',
      'ind-4-7-1-teacher-ed': 'deterioration',
    })
  })

  test('labels invented figures as illustrative in the source', () => {
    const unlabelled = db.indicators.filter((i) => !/illustrative/i.test(i.source?.en ?? ''))
    expect(unlabelled.map((i) => i.id)).toEqual([])
  })

  test('moves with the calendar: seeded a year later, every date is a year later', () => {
    const later = seed(new Date(2027, 5, 1, 10))
    const days = 365
    expect(later.tasks[0]?.dueDate).toBe(shiftDate(db.tasks[0]?.dueDate ?? '', days))
    expect(later.updates[0]?.at.slice(0, 10)).toBe(shiftDate(db.updates[0]?.at.slice(0, 10) ?? '', days))
    expect(later.plan.updatedAt.slice(10)).toBe(db.plan.updatedAt.slice(10))
  })
})

describe('failure scenarios', () => {
  test('server-error: every endpoint is a 500 with an error code', async () => {
    server.use(...scenarios['server-error']())
    await expect(getJson('/plan', () => planSchema)).rejects.toMatchObject({ status: 500, code: 'internal' })
    await expect(getJson('/owners', () => ownerListSchema)).rejects.toBeInstanceOf(HttpError)
  })

  test('tasks-server-error: only the activity list fails', async () => {
    server.use(...scenarios['tasks-server-error']())
    await expect(getJson('/tasks', () => taskListSchema)).rejects.toMatchObject({ status: 500 })
    await expect(getJson('/plan', () => planSchema)).resolves.toBeTruthy()
  })

  test('tasks-break-contract: names items.3.status', async () => {
    server.use(...scenarios['tasks-break-contract']())
    const error = await getJson('/tasks', () => taskListSchema).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContractError)
    expect(error).toMatchObject({ field: 'items.3.status' })
  })

  test('empty-body: a 502 with nothing to read is still an HttpError', async () => {
    server.use(...scenarios['empty-body']())
    await expect(getJson('/tasks', () => taskListSchema)).rejects.toMatchObject({ status: 502, code: undefined })
  })

  test('network-error: a NetworkError', async () => {
    server.use(...scenarios['network-error']())
    await expect(getJson('/plan', () => planSchema)).rejects.toBeInstanceOf(NetworkError)
  })

  test('never-answers: the request stays pending until it is cancelled', async () => {
    server.use(...scenarios['never-answers']())
    const controller = new AbortController()
    const request = getJson('/plan', () => planSchema, { signal: controller.signal })
    const settled = await Promise.race([
      request.then(
        () => 'settled',
        () => 'settled',
      ),
      new Promise((r) => setTimeout(() => r('pending'), 300)),
    ])
    expect(settled).toBe('pending')
    controller.abort()
    await expect(request).rejects.toThrow()
  })

  test('slow: answers, but only after a while', async () => {
    server.use(...scenarios.slow())
    const started = performance.now()
    await expect(getJson('/plan', () => planSchema)).resolves.toBeTruthy()
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000)
  })

  test('large: 10,000 distinct, contract-valid activities, the same every time', async () => {
    server.use(...scenarios.large())
    const { items } = await getJson('/tasks', () => taskListSchema)
    expect(items).toHaveLength(10_000)
    expect(new Set(items.map((t) => t.id)).size).toBe(10_000)
    expect(new Set(items.map((t) => t.status))).toEqual(new Set(taskStatuses))
    const again = await getJson('/tasks', () => taskListSchema)
    expect(again.items[1234]).toEqual(items[1234])
  })
})
