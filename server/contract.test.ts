// Contract v1, asked of every implementation: the mock API, the server on SQLite and, when TEST_DATABASE_URL is
// set, the server on PostgreSQL. Same questions, same answers.
import type * as z from 'zod/mini'
import {
  apiErrorBodySchema,
  indicatorListSchema,
  indicatorSchema,
  ownerListSchema,
  planSchema,
  taskDetailSchema,
  taskListSchema,
  taskUpdateListSchema,
} from '../src/api/schemas'
import { mockImplementation, serverImplementations, type Implementation } from './test/implementations'

async function bodyOf<T extends z.ZodMiniType>(response: Response, schema: T): Promise<z.infer<T>> {
  const result = schema.safeParse(await response.json())
  if (!result.success) throw new Error(`${response.url}: ${JSON.stringify(result.error.issues[0])}`)
  return result.data
}

const newestFirst = (items: { at: string }[]) =>
  items.map((u) => Date.parse(u.at)).every((t, i, all) => i === 0 || t <= (all[i - 1] as number))

describe.each([mockImplementation, ...serverImplementations])('contract v1: %s', (_name, open) => {
  let api: Implementation
  beforeAll(async () => {
    api = await open()
  })
  afterAll(() => api.close())

  const get = async <T extends z.ZodMiniType>(path: string, schema: T, status = 200) => {
    const response = await api.request(path)
    expect(response.status, path).toBe(status)
    return bodyOf(response, schema)
  }

  test('GET /plan, /owners, /tasks and /indicators answer with bodies that parse with the schemas', async () => {
    await get('/plan', planSchema)
    expect((await get('/owners', ownerListSchema)).items.length).toBeGreaterThanOrEqual(12)
    expect((await get('/tasks', taskListSchema)).items.length).toBeGreaterThanOrEqual(60)
    const { items: indicators } = await get('/indicators', indicatorListSchema)
    expect(indicators.length).toBeGreaterThanOrEqual(15)
    // v1.1: the server always sends updatedAt (the reports' basedOn); the mock's sample plan does too.
    expect(indicators.filter((i) => i.updatedAt === undefined)).toEqual([])
  })

  test('every activity and every indicator has a detail that parses', async () => {
    const { items: tasks } = await get('/tasks', taskListSchema)
    for (const task of tasks) expect((await get(`/tasks/${task.id}`, taskDetailSchema)).id).toBe(task.id)
    const { items: indicators } = await get('/indicators', indicatorListSchema)
    for (const indicator of indicators)
      expect(await get(`/indicators/${indicator.id}`, indicatorSchema)).toEqual(indicator)
  })

  test('an activity detail carries its milestones and only its own updates, newest first', async () => {
    const detail = await get('/tasks/t-009', taskDetailSchema)
    expect(detail.milestones.length).toBeGreaterThan(0)
    expect(detail.updates.length).toBeGreaterThan(0)
    expect(detail.updates.every((u) => u.taskId === 't-009')).toBe(true)
    expect(newestFirst(detail.updates)).toBe(true)
  })

  test('unknown ids are 404 with a not_found error body', async () => {
    expect((await get('/tasks/no-such-task', apiErrorBodySchema, 404)).error.code).toBe('not_found')
    expect((await get('/indicators/no-such-indicator', apiErrorBodySchema, 404)).error.code).toBe('not_found')
  })

  test('/updates?since= keeps updates on or after that date as written in `at`, newest first', async () => {
    const { items: all } = await get('/updates?since=2000-01-01', taskUpdateListSchema)
    const { items } = await get('/updates?since=2026-05-01', taskUpdateListSchema)
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThan(all.length)
    expect(items).toEqual(all.filter((u) => u.at.slice(0, 10) >= '2026-05-01'))
    expect(newestFirst(all)).toBe(true)
    expect((await get('/updates?since=2999-01-01', taskUpdateListSchema)).items).toEqual([])
  })

  test('/updates without a valid date is 400 with an error body', async () => {
    for (const query of ['', '?since=', '?since=yesterday', '?since=2026-13-01', '?since=2026-05-01T00:00']) {
      expect((await get(`/updates${query}`, apiErrorBodySchema, 400)).error.code, query).toBe('bad_request')
    }
  })
})

describe.each(serverImplementations)('%s and the mock API answer the same', (_name, open) => {
  let server: Implementation
  let mock: Implementation
  beforeAll(async () => {
    server = await open()
    mock = await mockImplementation[1]()
  })
  afterAll(() => server.close())

  test.each([
    '/plan',
    '/owners',
    '/tasks',
    '/tasks/t-001',
    '/tasks/t-009',
    '/tasks/t-063',
    '/tasks/nope',
    '/indicators',
    '/indicators/ind-4-1-1-math',
    '/indicators/nope',
    '/updates?since=2026-01-01',
    '/updates?since=2026-05-22',
  ])('GET %s', async (path) => {
    const [fromServer, fromMock] = await Promise.all([server.request(path), mock.request(path)])
    expect(fromServer.status).toBe(fromMock.status)
    expect(await fromServer.json()).toEqual(await fromMock.json())
  })
})
