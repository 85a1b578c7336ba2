// Applying a stored preview (issue 14): one transaction with one audit entry, refused when the plan moved on since
// the preview (409), when the preview has errors (422), or when it is no longer a preview; a failure halfway leaves
// nothing written. The previews here are stored directly, so these tests hold whatever the workbook reader does;
// upload → preview → apply through real workbooks is in imports.test.ts.
import { randomUUID } from 'node:crypto'
import { apiErrorBodySchema, taskDetailSchema, type Task } from '../../src/api/schemas'
import { importPreviewSchema } from '../../src/api/schemas-import'
import { auditListSchema } from '../../src/api/schemas-v1-1'
import type { CellIssue } from '../../src/workbook/import-issues'
import type { PlanChanges, TaskFields } from '../../src/workbook/plan-changes'
import { importLifetimeMs, insertImport } from '../db/imports'
import { findUserByEmail } from '../db/users'
import { people, testApp, type TestApp } from '../test/accounts'
import { engines } from '../test/databases'
import { pinnedNow } from '../test/implementations'

const none = { inserts: [], updates: [], deletes: [] }

async function taskFields(api: TestApp, id: string): Promise<TaskFields> {
  const {
    updatedAt: _updatedAt,
    milestones: _m,
    updates: _u,
    ...fields
  } = taskDetailSchema.parse(await (await api.request(`/tasks/${id}`)).json())
  return fields
}

describe.each(engines)('applying an import on %s', (_name, open) => {
  let api: TestApp
  beforeEach(async () => {
    api = await testApp(open)
  })
  afterEach(() => api.close())

  /** A preview as POST /imports would store it, made against the current revision unless told otherwise. */
  async function storePreview(
    changes: PlanChanges,
    options: { issues?: CellIssue[]; baseRevision?: number; createdAt?: Date } = {},
  ) {
    const id = randomUUID()
    const secretariat = await findUserByEmail(api.test.db.kysely, people.secretariat.email)
    const changed = changes.tasks.updates.length
    await insertImport(api.test.db.kysely, {
      id,
      createdBy: secretariat?.id ?? '',
      now: options.createdAt ?? pinnedNow,
      baseRevision: options.baseRevision ?? (await api.test.db.readRevision()),
      preview: {
        counts: {
          added: changes.tasks.inserts.length,
          changed,
          unchanged: 0,
          removed: changes.tasks.deletes.length,
          errors: options.issues?.length ?? 0,
        },
        sheets: [],
        issues: options.issues ?? [],
      },
      changes,
    })
    return id
  }

  const apply = (id: string, removeMissing = false) =>
    api.json(`/imports/${id}/apply`, { removeMissing }, { as: 'secretariat' })
  const task = async (id: string) => (await api.request(`/tasks/${id}`)).json() as Promise<Task>
  const importAudits = async () =>
    auditListSchema
      .parse(await (await api.request('/audit', { as: 'secretariat' })).json())
      .items.filter((e) => e.action === 'plan.import')

  test('writes the changes, leaves one plan.import audit entry with the counts, bumps the revision', async () => {
    const t1 = await taskFields(api, 't-001')
    const revision = await api.test.db.readRevision()
    const added: TaskFields = { ...t1, id: 't-new', code: '9.9.9', title: { en: 'A new activity' } }
    const id = await storePreview({
      owners: none,
      indicators: none,
      tasks: {
        inserts: [added],
        updates: [{ ...t1, progress: 77, title: { ...t1.title, en: 'Renamed' } }],
        deletes: [],
      },
    })
    const response = await apply(id)
    expect(response.status).toBe(200)
    expect(importPreviewSchema.parse(await response.json())).toMatchObject({ id, state: 'applied' })
    expect(await task('t-001')).toMatchObject({
      progress: 77,
      title: { en: 'Renamed' },
      updatedAt: pinnedNow.toISOString(),
    })
    expect(await task('t-new')).toMatchObject({ code: '9.9.9', ownerId: t1.ownerId, partnerIds: t1.partnerIds })
    expect(await api.test.db.readRevision()).toBe(revision + 1)
    const audits = await importAudits()
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      actor: { name: people.secretariat.name },
      target: `import:${id}`,
      after: { added: 1, changed: 1, removed: 0, removeMissing: false },
    })
    // Applied once is applied: a second apply is 409 and writes nothing more.
    expect((await apply(id)).status).toBe(409)
    expect(await importAudits()).toHaveLength(1)
  })

  test('removed rows stay unless removeMissing, and go with it', async () => {
    const changes = { owners: none, indicators: none, tasks: { inserts: [], updates: [], deletes: ['t-002'] } }
    expect((await apply(await storePreview(changes))).status).toBe(200)
    expect((await api.request('/tasks/t-002')).status).toBe(200)
    expect((await apply(await storePreview(changes), true)).status).toBe(200)
    expect((await api.request('/tasks/t-002')).status).toBe(404)
    expect((await importAudits())[0]?.after).toMatchObject({ removed: 1, removeMissing: true })
  })

  test('a plan changed since the preview is 409 plan_changed, and nothing is written', async () => {
    const t1 = await taskFields(api, 't-001')
    const id = await storePreview({
      owners: none,
      indicators: none,
      tasks: { ...none, updates: [{ ...t1, progress: 3 }] },
    })
    // Someone else's write lands between the preview and its apply: the secretariat's own report, approved at once.
    const basedOn = (await task('t-001')).updatedAt
    const report = { status: 'in_progress', progress: 50, note: { en: 'Meanwhile' }, basedOn }
    expect((await api.json('/tasks/t-001/reports', report, { as: 'secretariat' })).status).toBe(201)
    const response = await apply(id)
    expect(response.status).toBe(409)
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe('plan_changed')
    expect((await task('t-001')).progress).toBe(50)
    expect(await importAudits()).toEqual([])
  })

  test('a preview with errors is 422 has_errors and writes nothing', async () => {
    const t1 = await taskFields(api, 't-001')
    const issue: CellIssue = {
      sheet: 'Activities',
      row: 3,
      column: 'N',
      key: 'progress',
      code: 'progress_out_of_range',
    }
    const id = await storePreview(
      { owners: none, indicators: none, tasks: { ...none, updates: [{ ...t1, progress: 3 }] } },
      { issues: [issue] },
    )
    const response = await apply(id)
    expect(response.status).toBe(422)
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe('has_errors')
    expect((await task('t-001')).progress).toBe(t1.progress)
  })

  test('a failure halfway through the apply leaves nothing written: all rows or none', async () => {
    const [t1, t2] = [await taskFields(api, 't-001'), await taskFields(api, 't-002')]
    const revision = await api.test.db.readRevision()
    // The first update and the inserts before it go in; the last activity names an organisation that does not exist.
    const id = await storePreview({
      owners: none,
      indicators: none,
      tasks: {
        inserts: [{ ...t1, id: 't-new', code: '9.9.9' }],
        updates: [
          { ...t1, progress: 1 },
          { ...t2, ownerId: 'nobody' },
        ],
        deletes: [],
      },
    })
    expect((await apply(id)).status).toBe(500)
    expect((await task('t-001')).progress).toBe(t1.progress)
    expect((await api.request('/tasks/t-new')).status).toBe(404)
    expect(await api.test.db.readRevision()).toBe(revision)
    expect(await importAudits()).toEqual([])
    const stored = await api.request(`/imports/${id}`, { as: 'secretariat' })
    expect(importPreviewSchema.parse(await stored.json()).state).toBe('preview')
  })

  test('only the secretariat applies: 401 without a session, 403 for a viewer and a reporter', async () => {
    const id = await storePreview({ owners: none, indicators: none, tasks: none })
    const body = JSON.stringify({ removeMissing: false })
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body }
    expect((await api.request(`/imports/${id}/apply`, init)).status).toBe(401)
    expect((await api.request(`/imports/${id}/apply`, { ...init, as: 'viewer' })).status).toBe(403)
    expect((await api.request(`/imports/${id}/apply`, { ...init, as: 'reporter' })).status).toBe(403)
    expect((await api.request(`/imports/${id}`, { as: 'reporter' })).status).toBe(403)
  })

  test('422 without removeMissing; 404 unknown; 410 discarded or expired', async () => {
    const id = await storePreview({ owners: none, indicators: none, tasks: none })
    expect((await api.json(`/imports/${id}/apply`, {}, { as: 'secretariat' })).status).toBe(422)
    expect((await apply('no-such-import')).status).toBe(404)
    const discarded = await api.json(`/imports/${id}/discard`, {}, { as: 'secretariat' })
    expect(importPreviewSchema.parse(await discarded.json()).state).toBe('discarded')
    expect((await apply(id)).status).toBe(410)
    const old = await storePreview(
      { owners: none, indicators: none, tasks: none },
      { createdAt: new Date(pinnedNow.getTime() - importLifetimeMs) },
    )
    const expired = await apply(old)
    expect(expired.status).toBe(410)
    expect(apiErrorBodySchema.parse(await expired.json()).error.code).toBe('expired')
  })
})
