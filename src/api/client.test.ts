import { http, HttpResponse } from 'msw'
import * as z from 'zod/mini'
import { server } from '../../mocks/node'
import { getJson, sendJson } from './client'
import { ContractError, HttpError, isRetryable, NetworkError } from './errors'
import { largeTaskList } from '../../mocks/data/large'
import { samplePlan } from '../../mocks/data/sample-plan'
import { taskListSchema } from './schemas'

// Slices of no time: a long list yields after every row, so the test sees the turns whatever this machine's speed.
vi.mock('./slices', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./slices')>()
  return { ...actual, slices: () => actual.slices(0) }
})

const url = '*/api/v1/probe'
const probeSchema = z.object({ items: z.array(z.object({ status: z.enum(['ok']) })) })

test('returns the parsed body and drops unknown extra fields', async () => {
  server.use(http.get(url, () => HttpResponse.json({ items: [{ status: 'ok', extra: 1 }], more: true })))
  await expect(getJson('/probe', () => probeSchema)).resolves.toEqual({ items: [{ status: 'ok' }] })
})

test('a body that breaks the contract is a ContractError naming the field path', async () => {
  server.use(http.get(url, () => HttpResponse.json({ items: [{ status: 'ok' }, { status: 'on_hold' }] })))
  const error = await getJson('/probe', () => probeSchema).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ContractError)
  expect(error).toMatchObject({ field: 'items.1.status' })
})

test('a missing field is named too', async () => {
  server.use(http.get(url, () => HttpResponse.json({})))
  await expect(getJson('/probe', () => probeSchema)).rejects.toMatchObject({ field: 'items' })
})

test('a 200 with a body that is not JSON is a ContractError at the body', async () => {
  server.use(http.get(url, () => new HttpResponse('<html>proxy login</html>', { status: 200 })))
  await expect(getJson('/probe', () => probeSchema)).rejects.toMatchObject({ name: 'ContractError', field: '(body)' })
})

test.each([
  [
    'a JSON error body',
    HttpResponse.json({ error: { code: 'not_found', message: 'No such task' } }, { status: 404 }),
    404,
    'not_found',
    'No such task',
  ],
  ['an empty body', new HttpResponse(null, { status: 503 }), 503, undefined, undefined],
  ['a non-JSON body', new HttpResponse('Bad gateway', { status: 502 }), 502, undefined, undefined],
])(
  'a non-2xx answer with %s is an HttpError with status and what the body said',
  async (_, response, status, code, message) => {
    server.use(http.get(url, () => response))
    const error = await getJson('/probe', () => probeSchema).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status, code, serverMessage: message })
  },
)

test('a request that gets no answer is a NetworkError', async () => {
  server.use(http.get(url, () => HttpResponse.error()))
  await expect(getJson('/probe', () => probeSchema)).rejects.toBeInstanceOf(NetworkError)
})

test('the real task list schema names the broken row', async () => {
  server.use(http.get('*/api/v1/tasks', () => HttpResponse.json({ items: [{ id: 't-1' }] })))
  await expect(getJson('/tasks', () => taskListSchema)).rejects.toMatchObject({ field: 'items.0.code' })
})

test('a long list is checked in slices: the same answer, and the page gets turns while it is checked', async () => {
  const items = largeTaskList(samplePlan(new Date('2026-12-04T00:00:00Z')), 300)
  server.use(http.get('*/api/v1/tasks', () => HttpResponse.json({ items, more: true })))
  const turns: number[] = []
  const ticking = setInterval(() => turns.push(performance.now()), 0)
  const body = await getJson('/tasks', () => taskListSchema)
  clearInterval(ticking)
  expect(body).toEqual(taskListSchema.parse({ items }))
  expect(turns.length).toBeGreaterThan(10)
})

// Two bytes a letter, starting once at an odd and once at an even offset: in one of the two, the first piece
// (64 KiB) ends inside a letter.
test.each([['ә'.repeat(40_000)], [`x${'ә'.repeat(40_000)}`]])(
  'a character cut between two decoded pieces of a long body comes out whole',
  async (note) => {
    server.use(http.get(url, () => HttpResponse.json({ items: [{ status: 'ok', note }] })))
    const schema = z.object({ items: z.array(z.object({ status: z.literal('ok'), note: z.string() })) })
    await expect(getJson('/probe', () => schema)).resolves.toEqual({ items: [{ status: 'ok', note }] })
  },
)

test('a broken row deep in a long list is named by its place', async () => {
  const items: unknown[] = largeTaskList(samplePlan(new Date('2026-12-04T00:00:00Z')), 500)
  items[321] = { ...(items[321] as object), status: 'lost' }
  server.use(http.get('*/api/v1/tasks', () => HttpResponse.json({ items })))
  await expect(getJson('/tasks', () => taskListSchema)).rejects.toMatchObject({ field: 'items.321.status' })
})

test.each([
  [new NetworkError('/x'), true],
  [new HttpError('/x', 500), true],
  [new HttpError('/x', 503), true],
  [new HttpError('/x', 404), false],
  [new HttpError('/x', 400), false],
  [new ContractError('/x', 'items.0.status', 'bad'), false],
  [new Error('render bug'), false],
])('isRetryable(%s) is %s', (error, expected) => {
  expect(isRetryable(error)).toBe(expected)
})

describe('sendJson', () => {
  test('sends the body as JSON with the method and parses the answer', async () => {
    let seen: { method: string; type: string | null; body: unknown } | undefined
    server.use(
      http.post(url, async ({ request }) => {
        seen = { method: request.method, type: request.headers.get('Content-Type'), body: await request.json() }
        return HttpResponse.json({ items: [{ status: 'ok' }] }, { status: 201 })
      }),
    )
    await expect(sendJson('POST', '/probe', { a: 1 }, () => probeSchema)).resolves.toEqual({
      items: [{ status: 'ok' }],
    })
    expect(seen).toEqual({ method: 'POST', type: 'application/json', body: { a: 1 } })
  })

  test('a 204 without a body resolves to undefined', async () => {
    server.use(http.delete(url, () => new HttpResponse(null, { status: 204 })))
    await expect(sendJson('DELETE', '/probe', undefined, null)).resolves.toBeUndefined()
  })

  test('a 422 carries the field errors', async () => {
    const fields = [{ path: 'note', message: 'needs a text' }]
    server.use(
      http.post(url, () => HttpResponse.json({ error: { code: 'invalid', message: 'Bad', fields } }, { status: 422 })),
    )
    const error = await sendJson('POST', '/probe', {}, () => probeSchema).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 422, code: 'invalid', fields })
  })

  test('a 409 stale carries the current record', async () => {
    const current = { id: 't-1', progress: 40 }
    server.use(
      http.post(url, () =>
        HttpResponse.json({ error: { code: 'stale', message: 'Changed' }, current }, { status: 409 }),
      ),
    )
    await expect(sendJson('POST', '/probe', {}, () => probeSchema)).rejects.toMatchObject({
      status: 409,
      code: 'stale',
      current,
    })
  })

  test('no answer is a NetworkError', async () => {
    server.use(http.post(url, () => HttpResponse.error()))
    await expect(sendJson('POST', '/probe', {}, () => probeSchema)).rejects.toBeInstanceOf(NetworkError)
  })
})

test('the contract chunk failing to load (offline, a new deployment) is a NetworkError, so it is retried', async () => {
  vi.resetModules()
  vi.doMock('./contract', () => {
    throw new Error('Failed to fetch dynamically imported module')
  })
  try {
    const client = await import('./client')
    const errors = await import('./errors')
    server.use(http.get(url, () => HttpResponse.json({ items: [] })))
    const error = await client.getJson('/probe', (contract) => contract.planSchema).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(errors.NetworkError)
    expect(errors.isRetryable(error)).toBe(true)
  } finally {
    vi.doUnmock('./contract')
    vi.resetModules()
  }
})
