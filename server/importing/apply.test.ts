// Applying a stored preview (issue 14): one transaction with one audit entry, refused when the plan moved on since
// the preview (409), when the preview has errors (422), or when it is no longer a preview; a failure halfway leaves
// nothing written. The previews here start from the workbook as read (WorkbookRows), so these tests hold whatever
// the .xlsx reader does; real files are in imports.test.ts.
import { sql } from 'kysely'
import { apiErrorBodySchema, taskDetailSchema, taskListSchema, taskUpdateListSchema } from '../../src/api/schemas'
import { importPreviewSchema } from '../../src/api/schemas-import'
import { auditListSchema, type User } from '../../src/api/schemas-v1-1'
import type { WorkbookRows } from '../../src/workbook/workbook-rows'
import { importLifetimeMs } from '../db/imports'
import { readPlanData } from '../db/plan-data'
import { findUserByEmail, toUser } from '../db/users'
import { people, testApp, type TestApp } from '../test/accounts'
import { engines } from '../test/databases'
import { pinnedNow } from '../test/implementations'
import { addRow, dropRow, setCell, workbookRowsOf } from '../test/workbook-rows'
import { storeImport } from './imports'

/** Makes the audit entry of an apply fail: the last write of its transaction, after every plan row went in. */
async function failImportAudits(api: TestApp) {
  const db = api.test.db
  if (db.engine === 'sqlite') {
    await sql`create trigger fail_import before insert on audit when new.action = 'plan.import'
      begin select raise(abort, 'injected failure'); end`.execute(db.kysely)
  } else {
    await sql`create function fail_import() returns trigger language plpgsql as $$
      begin if new.action = 'plan.import' then raise exception 'injected failure'; end if; return new; end $$`.execute(
      db.kysely,
    )
    await sql`create trigger fail_import before insert on audit for each row execute function fail_import()`.execute(
      db.kysely,
    )
  }
}

describe.each(engines)('applying an import on %s', (_name, open) => {
  let api: TestApp
  let secretariat: User
  beforeEach(async () => {
    api = await testApp(open)
    secretariat = toUser((await findUserByEmail(api.test.db.kysely, people.secretariat.email))!)
  })
  afterEach(() => api.close())

  /** The plan as it is now, as a workbook would carry it. */
  const currentWorkbook = async () => workbookRowsOf((await readPlanData(api.test.db.kysely))!)
  const store = async (workbook: WorkbookRows, createdAt = pinnedNow) =>
    (await storeImport(api.test.db, workbook, secretariat, createdAt)).id
  const apply = (id: string, removeMissing = false) =>
    api.json(`/imports/${id}/apply`, { removeMissing }, { as: 'secretariat' })
  const task = async (id: string) => taskDetailSchema.parse(await (await api.request(`/tasks/${id}`)).json())
  const tasks = async () => taskListSchema.parse(await (await api.request('/tasks')).json()).items
  const importAudits = async () =>
    auditListSchema
      .parse(await (await api.request('/audit', { as: 'secretariat' })).json())
      .items.filter((e) => e.action === 'plan.import')

  test('writes the changes, leaves one plan.import audit entry with the counts, bumps the revision', async () => {
    const t1 = await task('t-001')
    const workbook = await currentWorkbook()
    setCell(workbook, 'Activities', t1.code, 'progress', 77)
    setCell(workbook, 'Activities', t1.code, 'title_en', 'Renamed')
    addRow(workbook, 'Activities', t1.code, { code: '9.9.9', title_en: 'A new activity' })
    const id = await store(workbook)
    const revision = await api.test.db.readRevision()

    const response = await apply(id)
    expect(response.status).toBe(200)
    expect(importPreviewSchema.parse(await response.json())).toMatchObject({ id, state: 'applied' })
    expect(await task('t-001')).toMatchObject({
      progress: 77,
      title: { ...t1.title, en: 'Renamed' },
      updatedAt: pinnedNow.toISOString(),
    })
    expect((await tasks()).find((t) => t.code === '9.9.9')).toMatchObject({
      title: { ...t1.title, en: 'A new activity' },
      ownerId: t1.ownerId,
      partnerIds: t1.partnerIds,
    })
    expect(await api.test.db.readRevision()).toBe(revision + 1)
    const audits = await importAudits()
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      actor: { name: people.secretariat.name },
      target: `import:${id}`,
      after: { added: 1, changed: 1, removed: 0, removeMissing: false },
    })
    // Applied once is applied: a second apply is 409 and writes nothing more.
    const again = await apply(id)
    expect([again.status, apiErrorBodySchema.parse(await again.json()).error.code]).toEqual([409, 'already_applied'])
    expect(await importAudits()).toHaveLength(1)
  })

  test('an activity whose status or progress the import changes gets an update signed by the secretariat; a title change does not', async () => {
    const [t1, t3, t4] = [await task('t-001'), await task('t-003'), await task('t-004')]
    const status = t1.status === 'delayed' ? 'in_progress' : 'delayed'
    const workbook = await currentWorkbook()
    setCell(workbook, 'Activities', t1.code, 'status', status)
    setCell(workbook, 'Activities', t3.code, 'progress', t3.progress === 40 ? 45 : 40)
    setCell(workbook, 'Activities', t4.code, 'title_en', 'Only the title changes')
    expect((await apply(await store(workbook))).status).toBe(200)

    const signed = { at: pinnedNow.toISOString(), author: people.secretariat.name }
    const note = { en: 'Changed when the plan was imported from Excel.' }
    expect((await task('t-001')).updates[0]).toMatchObject({
      ...signed,
      status,
      previousStatus: t1.status,
      progress: t1.progress,
      note,
    })
    expect((await task('t-003')).updates[0]).toMatchObject({
      ...signed,
      status: t3.status,
      previousStatus: t3.status,
      progress: t3.progress === 40 ? 45 : 40,
    })
    expect((await task('t-004')).updates).toEqual(t4.updates)
    const since = await api.request(`/updates?since=${pinnedNow.toISOString().slice(0, 10)}`)
    const changed = taskUpdateListSchema.parse(await since.json()).items.map((update) => update.taskId)
    expect(changed.sort()).toEqual(['t-001', 't-003'])
  })

  test('rows missing from the workbook stay unless removeMissing, and go with it', async () => {
    const t2 = await task('t-002')
    const workbook = await currentWorkbook()
    dropRow(workbook, 'Activities', t2.code)
    expect((await apply(await store(workbook))).status).toBe(200)
    expect((await api.request('/tasks/t-002')).status).toBe(200)
    const withRemoval = await store(workbook)
    expect((await apply(withRemoval, true)).status).toBe(200)
    expect((await api.request('/tasks/t-002')).status).toBe(404)
    const audit = (await importAudits()).find((e) => e.target === `import:${withRemoval}`)
    expect(audit?.after).toMatchObject({ removed: 1, removeMissing: true })
  })

  test('a plan changed since the preview is 409 plan_changed, and nothing is written', async () => {
    const t1 = await task('t-001')
    const workbook = await currentWorkbook()
    setCell(workbook, 'Activities', t1.code, 'progress', 3)
    const id = await store(workbook)
    // Someone else's write lands between the preview and its apply: the secretariat's own report, approved at once.
    const report = { status: 'in_progress', progress: 50, note: { en: 'Meanwhile' }, basedOn: t1.updatedAt }
    expect((await api.json('/tasks/t-001/reports', report, { as: 'secretariat' })).status).toBe(201)
    const response = await apply(id)
    expect(response.status).toBe(409)
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe('plan_changed')
    expect((await task('t-001')).progress).toBe(50)
    expect(await importAudits()).toEqual([])
  })

  test('a preview with errors is 422 has_errors and writes nothing', async () => {
    const t1 = await task('t-001')
    const workbook = await currentWorkbook()
    setCell(workbook, 'Activities', t1.code, 'progress', 150)
    setCell(workbook, 'Activities', t1.code, 'title_en', 'Renamed')
    const id = await store(workbook)
    const stored = importPreviewSchema.parse(await (await api.request(`/imports/${id}`, { as: 'secretariat' })).json())
    expect(stored.errors).toMatchObject([{ sheet: 'Activities', key: 'progress' }])
    const response = await apply(id)
    expect(response.status).toBe(422)
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe('has_errors')
    expect(await task('t-001')).toEqual(t1)
  })

  test('a failure at the last write of the apply leaves nothing written: all rows or none', async () => {
    const [t1, t2] = [await task('t-001'), await task('t-002')]
    const workbook = await currentWorkbook()
    setCell(workbook, 'Activities', t1.code, 'progress', 1)
    addRow(workbook, 'Activities', t1.code, { code: '9.9.9' })
    dropRow(workbook, 'Activities', t2.code)
    const id = await store(workbook)
    const revision = await api.test.db.readRevision()
    await failImportAudits(api)

    expect((await apply(id, true)).status).toBe(500)
    expect(await task('t-001')).toEqual(t1)
    expect(await task('t-002')).toEqual(t2)
    expect((await tasks()).some((t) => t.code === '9.9.9')).toBe(false)
    expect(await api.test.db.readRevision()).toBe(revision)
    expect(await importAudits()).toEqual([])
    const stored = await api.request(`/imports/${id}`, { as: 'secretariat' })
    expect(importPreviewSchema.parse(await stored.json()).state).toBe('preview')
  })

  test('only the secretariat reads and applies: 401 without a session, 403 for a viewer and a reporter', async () => {
    const id = await store(await currentWorkbook())
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"removeMissing":false}' }
    expect((await api.request(`/imports/${id}/apply`, init)).status).toBe(401)
    expect((await api.request(`/imports/${id}/apply`, { ...init, as: 'viewer' })).status).toBe(403)
    expect((await api.request(`/imports/${id}/apply`, { ...init, as: 'reporter' })).status).toBe(403)
    expect((await api.request(`/imports/${id}`)).status).toBe(401)
    expect((await api.request(`/imports/${id}`, { as: 'reporter' })).status).toBe(403)
    expect((await api.request(`/imports/${id}/discard`, { method: 'POST', as: 'viewer' })).status).toBe(403)
  })

  test('422 without removeMissing; 404 unknown; 410 once discarded or expired', async () => {
    const id = await store(await currentWorkbook())
    expect((await api.json(`/imports/${id}/apply`, {}, { as: 'secretariat' })).status).toBe(422)
    expect((await apply('no-such-import')).status).toBe(404)
    const discarded = await api.json(`/imports/${id}/discard`, {}, { as: 'secretariat' })
    expect(importPreviewSchema.parse(await discarded.json()).state).toBe('discarded')
    const refused = await apply(id)
    expect([refused.status, apiErrorBodySchema.parse(await refused.json()).error.code]).toEqual([410, 'discarded'])
    const old = await store(await currentWorkbook(), new Date(pinnedNow.getTime() - importLifetimeMs))
    const expired = await apply(old)
    expect([expired.status, apiErrorBodySchema.parse(await expired.json()).error.code]).toEqual([410, 'expired'])
  })
})
