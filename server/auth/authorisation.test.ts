// Who may do what (SERVER.md, "Who does what"): every write × every kind of caller, and reads behind
// READ_ACCESS=signed-in, on every engine.
import { people, testApp, type Person, type TestApp } from '../test/accounts'
import { engines } from '../test/databases'

type Caller = 'nobody' | Person
const callers: Caller[] = ['nobody', 'viewer', 'reporter', 'otherReporter', 'secretariat']
const as = (caller: Caller) => (caller === 'nobody' ? {} : { as: caller })

// The task and the indicator belong to `moe`, the reporter's organisation; otherReporter is at `mshe`.
const taskId = 't-001'
const indicatorId = 'ind-4-1-completion'

async function updatedAt(api: TestApp, path: string): Promise<string> {
  return ((await (await api.request(path)).json()) as { updatedAt: string }).updatedAt
}

async function submittedReport(api: TestApp): Promise<string> {
  const response = await api.json(
    `/tasks/${taskId}/reports`,
    { status: 'in_progress', progress: 40, note: { en: 'Halfway' }, basedOn: await updatedAt(api, `/tasks/${taskId}`) },
    { as: 'reporter' },
  )
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

const writes: [name: string, expected: Record<Caller, number>, send: (api: TestApp, c: Caller) => Promise<Response>][] =
  [
    [
      'POST /tasks/{id}/reports',
      { nobody: 401, viewer: 403, reporter: 201, otherReporter: 403, secretariat: 201 },
      async (api, caller) =>
        api.json(
          `/tasks/${taskId}/reports`,
          {
            status: 'in_progress',
            progress: 50,
            note: { ru: 'Половина' },
            basedOn: await updatedAt(api, `/tasks/${taskId}`),
          },
          as(caller),
        ),
    ],
    [
      'POST /indicators/{id}/reports',
      { nobody: 401, viewer: 403, reporter: 201, otherReporter: 403, secretariat: 201 },
      async (api, caller) =>
        api.json(
          `/indicators/${indicatorId}/reports`,
          { year: 2025, value: 97.5, basedOn: await updatedAt(api, `/indicators/${indicatorId}`) },
          as(caller),
        ),
    ],
    [
      'POST /reports/{id}/approve',
      { nobody: 401, viewer: 403, reporter: 403, otherReporter: 403, secretariat: 200 },
      async (api, caller) => api.json(`/reports/${await submittedReport(api)}/approve`, {}, as(caller)),
    ],
    [
      'POST /reports/{id}/return',
      { nobody: 401, viewer: 403, reporter: 403, otherReporter: 403, secretariat: 200 },
      async (api, caller) =>
        api.json(`/reports/${await submittedReport(api)}/return`, { comment: 'Add the source' }, as(caller)),
    ],
    [
      'DELETE /session',
      { nobody: 401, viewer: 204, reporter: 204, otherReporter: 204, secretariat: 204 },
      async (api, caller) =>
        api.request('/session', {
          method: 'DELETE',
          ...(caller === 'nobody' ? {} : { as: await api.signIn(caller) }),
        }),
    ],
  ]

const signedInReads: [path: string, expected: Record<Caller, number>][] = [
  ...[
    '/plan',
    '/owners',
    '/tasks',
    `/tasks/${taskId}`,
    '/indicators',
    `/indicators/${indicatorId}`,
    '/updates?since=2020-01-01',
  ].map((path): [string, Record<Caller, number>] => [
    path,
    { nobody: 401, viewer: 200, reporter: 200, otherReporter: 200, secretariat: 200 },
  ]),
  ['/health', { nobody: 200, viewer: 200, reporter: 200, otherReporter: 200, secretariat: 200 }],
  ['/session', { nobody: 401, viewer: 200, reporter: 200, otherReporter: 200, secretariat: 200 }],
  ['/reports', { nobody: 401, viewer: 403, reporter: 200, otherReporter: 200, secretariat: 200 }],
  ['/audit', { nobody: 401, viewer: 403, reporter: 403, otherReporter: 403, secretariat: 200 }],
]

describe.each(engines)('authorisation on %s', (_name, open) => {
  let api: TestApp
  let closed: TestApp
  beforeAll(async () => {
    api = await testApp(open)
    closed = api.withConfig({ readAccess: 'signed-in' })
  })
  afterAll(async () => {
    await api.close()
  })

  describe.each(writes)('%s', (_endpoint, expected, send) => {
    test.each(callers)('by %s', async (caller) => {
      const response = await send(api, caller)
      expect(response.status, await response.clone().text()).toBe(expected[caller])
    })
  })

  test('with READ_ACCESS=public every v1 read answers without a session', async () => {
    for (const path of ['/plan', '/tasks', `/tasks/${taskId}`, '/indicators', '/updates?since=2020-01-01', '/owners'])
      expect((await api.request(path)).status, path).toBe(200)
    expect((await api.request('/reports')).status).toBe(401)
    expect((await api.request('/audit')).status).toBe(401)
  })

  describe.each(signedInReads)('READ_ACCESS=signed-in: GET %s', (path, expected) => {
    test.each(callers)('by %s', async (caller) => {
      expect((await closed.request(path, as(caller))).status).toBe(expected[caller])
    })
  })

  test('READ_ACCESS=signed-in reads are private to the browser; public ones are not', async () => {
    expect((await closed.request('/tasks', { as: 'viewer' })).headers.get('cache-control')).toBe('private, no-cache')
    expect((await api.request('/tasks')).headers.get('cache-control')).toBe('no-cache')
  })

  test('READ_ACCESS=signed-in still lets anyone sign in', async () => {
    expect(
      (await closed.json('/session', { email: people.viewer.email, password: 'correct horse battery staple' })).status,
    ).toBe(200)
  })
})
