// Issue 14's "done when", asked of the mock API and of the server (SQLite, and PostgreSQL when TEST_DATABASE_URL is
// set), as the secretariat would do it: an empty plan → upload the sample plan's workbook → apply → download the
// plan → change five cells in Excel → upload → the preview shows exactly those five changes → apply.
import { getResponse } from 'msw'
import { samplePlan } from '../mocks/data/sample-plan'
import { db as mockDb, resetDb } from '../mocks/data/db'
import { handlers } from '../mocks/handlers'
import { demoPassword } from '../mocks/data/accounts'
import { indicatorListSchema, ownerListSchema, taskListSchema } from '../src/api/schemas'
import { importPreviewSchema, type ImportPreview } from '../src/api/schemas-import'
import { auditListSchema } from '../src/api/schemas-v1-1'
import { writePlanWorkbook } from '../src/workbook/write-workbook'
import { addAccount } from './auth/accounts'
import { createApp } from './app'
import { migrateToLatest } from './db/migrate'
import { seedPlan } from './db/seed'
import { workbookMediaType } from './http/same-origin'
import { cookieOf } from './test/accounts'
import { engines, type TestDatabase } from './test/databases'
import { pinnedNow } from './test/implementations'
import { setCells } from './test/workbook-files'

interface SignedIn {
  /** A request under /api/v1 as the secretariat. */
  request(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

const origin = 'http://127.0.0.1'
const emptyPlan = () => ({ ...samplePlan(pinnedNow), owners: [], tasks: [], indicators: [], updates: [] })

async function mockWithEmptyPlan(): Promise<SignedIn> {
  resetDb(pinnedNow)
  Object.assign(mockDb, { owners: [], tasks: [], indicators: [], updates: [] })
  const request = async (path: string, init?: RequestInit) =>
    (await getResponse(handlers, new Request(`${origin}/api/v1${path}`, init))) ?? new Response(null, { status: 404 })
  const body = JSON.stringify({ email: 'secretariat@demo.sdg4.kz', password: demoPassword })
  await request('/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  return { request, close: async () => resetDb(pinnedNow) }
}

function serverWithEmptyPlan(open: () => Promise<TestDatabase>) {
  return async (): Promise<SignedIn> => {
    const test = await open()
    await migrateToLatest(test.db)
    await seedPlan(test.db.kysely, emptyPlan(), { now: pinnedNow })
    const person = { email: 'sec@example.kz', name: 'Saule Secretariat', role: 'secretariat' as const }
    await addAccount(test.db.kysely, { ...person, password: 'correct horse battery staple' }, pinnedNow)
    const app = createApp({ db: test.db, clock: () => pinnedNow, config: {} })
    const signIn = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: person.email, password: 'correct horse battery staple' }),
    })
    const cookie = cookieOf(signIn)
    return {
      request: async (path, init = {}) => {
        const headers = new Headers(init.headers)
        headers.set('cookie', cookie)
        return app.request(`/api/v1${path}`, { ...init, headers })
      },
      close: test.dispose,
    }
  }
}

const implementations: [string, () => Promise<SignedIn>][] = [
  ['mock API', mockWithEmptyPlan],
  ...engines.map(([name, open]): [string, () => Promise<SignedIn>] => [`server on ${name}`, serverWithEmptyPlan(open)]),
]

describe.each(implementations)('the plan through a workbook: %s', (_name, open) => {
  let api: SignedIn
  beforeAll(async () => {
    api = await open()
  })
  afterAll(() => api.close())

  const upload = async (bytes: Uint8Array): Promise<ImportPreview> => {
    const response = await api.request('/imports?lang=en', {
      method: 'POST',
      headers: { 'content-type': workbookMediaType },
      body: bytes,
    })
    expect(response.status).toBe(201)
    return importPreviewSchema.parse(await response.json())
  }
  const apply = async (id: string) => {
    const response = await api.request(`/imports/${id}/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ removeMissing: false }),
    })
    expect(response.status).toBe(200)
    return importPreviewSchema.parse(await response.json())
  }
  const read = async <T>(path: string, schema: { parse(value: unknown): T }) =>
    schema.parse(await (await api.request(path)).json())

  test('an empty plan loads from the sample plan’s workbook, and five cells changed in Excel are five changes', async () => {
    const sample = samplePlan(pinnedNow)
    const sampleWorkbook = await writePlanWorkbook(
      { plan: sample.plan, owners: sample.owners, tasks: sample.tasks, indicators: sample.indicators },
      { language: 'en', template: false },
    )
    const loaded = await upload(sampleWorkbook)
    expect(loaded.errors).toEqual([])
    expect(loaded.counts).toMatchObject({ changed: 0, removed: 0, unchanged: 0 })
    expect(loaded.counts.added).toBeGreaterThan(sample.tasks.length + sample.owners.length + sample.indicators.length)
    expect((await apply(loaded.id)).state).toBe('applied')
    const tasks = (await read('/tasks', taskListSchema)).items
    expect(tasks.map((t) => t.code)).toEqual(sample.tasks.map((t) => t.code))
    expect((await read('/owners', ownerListSchema)).items.map((o) => o.id)).toEqual(sample.owners.map((o) => o.id))
    const indicators = (await read('/indicators', indicatorListSchema)).items
    expect(indicators.map((i) => i.code)).toEqual(sample.indicators.map((i) => i.code))

    const exported = new Uint8Array(await (await api.request('/plan.xlsx?lang=kk')).arrayBuffer())
    const [first, second, third] = tasks
    const indicator = indicators[0]
    const owner = sample.owners[0]
    if (!first || !second || !third || !indicator || !owner) throw new Error('the sample plan is too small')
    const dueDate = new Date(Date.parse(`${third.dueDate}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10)
    const status = second.status === 'delayed' ? 'in_progress' : 'delayed'
    const edited = await setCells(exported, [
      { sheet: 'Activities', key: first.code, column: 'progress', value: first.progress === 90 ? 91 : 90 },
      { sheet: 'Activities', key: second.code, column: 'status', value: status },
      // A real Excel date, as Excel stores a date typed into a cell.
      { sheet: 'Activities', key: third.code, column: 'due_date', value: new Date(`${dueDate}T00:00:00Z`) },
      { sheet: 'Indicators', key: indicator.code, column: 'baseline_value', value: indicator.baseline.value + 1 },
      { sheet: 'Organisations', key: owner.id, column: 'name_en', value: 'Ministry of Enlightenment' },
    ])
    const preview = await upload(edited)
    expect(preview.errors).toEqual([])
    expect(preview.counts).toMatchObject({ added: 0, changed: 5, removed: 0 })
    const changes = preview.sheets.flatMap((s) => s.changed.map((c) => [s.name, c.key, c.fields]))
    expect(changes).toEqual(
      expect.arrayContaining([
        ['Activities', first.code, [{ name: 'progress', from: first.progress, to: first.progress === 90 ? 91 : 90 }]],
        ['Activities', second.code, [{ name: 'status', from: second.status, to: status }]],
        ['Activities', third.code, [{ name: 'due_date', from: third.dueDate, to: dueDate }]],
        [
          'Indicators',
          indicator.code,
          [{ name: 'baseline_value', from: indicator.baseline.value, to: indicator.baseline.value + 1 }],
        ],
        [
          'Organisations',
          owner.id,
          [{ name: 'name_en', from: owner.name.en ?? null, to: 'Ministry of Enlightenment' }],
        ],
      ]),
    )
    expect(changes).toHaveLength(5)

    await apply(preview.id)
    const after = (await read('/tasks', taskListSchema)).items
    expect(after.find((t) => t.code === second.code)?.status).toBe(status)
    expect(after.find((t) => t.code === third.code)?.dueDate).toBe(dueDate)
    expect((await read('/owners', ownerListSchema)).items[0]?.name.en).toBe('Ministry of Enlightenment')
    const audit = (await read('/audit', auditListSchema)).items.filter((e) => e.action === 'plan.import')
    expect(audit.map((e) => e.after)).toContainEqual(expect.objectContaining({ changed: 5, added: 0 }))
    expect(audit).toHaveLength(2)
  })

  test('the same refusals: 415 not sent as a workbook, 422 not a workbook (in the language asked for), 404, 409 plan_changed', async () => {
    const post = (body: string | Uint8Array, type: string, query = '') =>
      api.request(`/imports${query}`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: body as string,
      })
    const codeOf = async (response: Response) => [
      response.status,
      ((await response.json()) as { error: { code: string } }).error.code,
    ]
    expect(await codeOf(await post('{}', 'application/json'))).toEqual([415, 'unsupported_media_type'])
    const csv = 'code,title_en\n1.1.1,Teachers\n'
    expect(await codeOf(await post(csv, workbookMediaType, '?lang=ru'))).toEqual([422, 'not_a_workbook'])
    expect((await api.request('/imports/no-such-import')).status).toBe(404)

    const preview = await upload(new Uint8Array(await (await api.request('/plan.xlsx')).arrayBuffer()))
    const [task] = (await read('/tasks', taskListSchema)).items
    if (!task) throw new Error('no activity')
    // Another write lands before the apply: the secretariat's own report, approved at once.
    const report = { status: 'in_progress', progress: 42, note: { en: 'Meanwhile' }, basedOn: task.updatedAt }
    const reported = await api.request(`/tasks/${task.id}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
    })
    expect(reported.status).toBe(201)
    const refused = await api.request(`/imports/${preview.id}/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ removeMissing: false }),
    })
    expect(await codeOf(refused)).toEqual([409, 'plan_changed'])
  })
})
