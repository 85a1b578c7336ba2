// The mock answers contract v1.1 with SERVER.md's rules: sessions, who may report, 404 / 403 / 409 stale / 422 with
// fields, and what an approval changes.
import { getJson, sendJson } from '../src/api/client'
import { HttpError } from '../src/api/errors'
import { indicatorSchema, taskDetailSchema, taskUpdateListSchema } from '../src/api/schemas'
import { auditListSchema, reportListSchema, reportSchema, userSchema } from '../src/api/schemas-v1-1'
import { fetchSession } from '../src/api/session'
import { demoPassword } from './data/accounts'
import { db } from './data/db'

const signIn = (email: string, password = demoPassword) =>
  sendJson('POST', '/session', { email, password }, () => userSchema)
const reporterOf = (ownerId: string) => `${ownerId}@demo.sdg4.kz`
async function failure(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise
  } catch (error) {
    return error as HttpError
  }
  throw new Error('expected the request to fail')
}

async function reportTask(taskId: string, change: { status?: string; progress?: number; basedOn?: string } = {}) {
  const task = await getJson(`/tasks/${taskId}`, () => taskDetailSchema)
  const input = {
    status: change.status ?? 'in_progress',
    progress: change.progress ?? 55,
    note: { en: 'Half the regions trained' },
    basedOn: change.basedOn ?? task.updatedAt,
  }
  return sendJson('POST', `/tasks/${taskId}/reports`, input, () => reportSchema)
}

const moeTask = () => db.tasks.find((t) => t.ownerId === 'moe' && t.status === 'in_progress')!
const otherTask = () => db.tasks.find((t) => t.ownerId !== 'moe')!

describe('sessions', () => {
  test('every sample account signs in with the demo password; one reporter per organisation', async () => {
    expect(db.users.filter((u) => u.role === 'reporter').map((u) => u.ownerId)).toEqual(db.owners.map((o) => o.id))
    await expect(signIn('secretariat@demo.sdg4.kz')).resolves.toMatchObject({ role: 'secretariat' })
    await expect(signIn('viewer@demo.sdg4.kz')).resolves.toMatchObject({ role: 'viewer' })
    await expect(signIn(reporterOf('moe'))).resolves.toMatchObject({ role: 'reporter', ownerId: 'moe' })
  })

  test('GET /session is the user once signed in and null (401) after DELETE', async () => {
    await expect(fetchSession()).resolves.toBeNull()
    await signIn(reporterOf('moe'))
    await expect(fetchSession()).resolves.toMatchObject({ email: 'moe@demo.sdg4.kz' })
    await sendJson('DELETE', '/session', undefined, null)
    await expect(fetchSession()).resolves.toBeNull()
  })

  test('a wrong password and an unknown email fail alike; the sixth try is 429', async () => {
    const wrong = await failure(signIn('viewer@demo.sdg4.kz', 'nope'))
    const unknown = await failure(signIn('nobody@demo.sdg4.kz'))
    expect([wrong.status, wrong.code]).toEqual([401, 'invalid_credentials'])
    expect([unknown.status, unknown.code]).toEqual([401, 'invalid_credentials'])
    for (let i = 0; i < 4; i++) await failure(signIn('viewer@demo.sdg4.kz', 'nope'))
    await expect(signIn('viewer@demo.sdg4.kz')).rejects.toMatchObject({ status: 429 })
  })
})

describe('reports on activities', () => {
  test('without a session 401; a viewer and another organisation’s reporter 403; unknown activity 404', async () => {
    await expect(reportTask(moeTask().id)).rejects.toMatchObject({ status: 401 })
    await signIn('viewer@demo.sdg4.kz')
    await expect(reportTask(moeTask().id)).rejects.toMatchObject({ status: 403 })
    await signIn(reporterOf('moe'))
    await expect(reportTask(otherTask().id)).rejects.toMatchObject({ status: 403 })
    const body = { status: 'completed', progress: 1, note: { en: 'x' }, basedOn: new Date().toISOString() }
    await expect(sendJson('POST', '/tasks/nope/reports', body, () => reportSchema)).rejects.toMatchObject({
      status: 404,
    })
  })

  test('422 names the refused fields', async () => {
    await signIn(reporterOf('moe'))
    const task = moeTask()
    const body = { status: 'done', progress: 120, note: { en: ' ' }, basedOn: task.updatedAt }
    const error = await failure(sendJson('POST', `/tasks/${task.id}/reports`, body, () => reportSchema))
    expect(error.status).toBe(422)
    expect(error.fields.map((f) => f.path).sort()).toEqual(['note', 'progress', 'status'])
  })

  test('409 stale with the current activity when basedOn is not its updatedAt', async () => {
    await signIn(reporterOf('moe'))
    const task = moeTask()
    const error = await failure(reportTask(task.id, { basedOn: '2020-01-01T00:00:00Z' }))
    expect(error).toMatchObject({ status: 409, code: 'stale', current: { id: task.id, progress: task.progress } })
  })

  test('a reporter’s report waits; approval applies it with a TaskUpdate at the front', async () => {
    const task = moeTask()
    const before = { status: task.status, progress: task.progress }
    const seenAt = task.updatedAt
    await signIn(reporterOf('moe'))
    const report = await reportTask(task.id, { status: 'completed', progress: 100 })
    expect(report).toMatchObject({
      state: 'submitted',
      previous: before,
      proposed: { status: 'completed', progress: 100 },
    })
    expect(await getJson(`/tasks/${task.id}`, () => taskDetailSchema)).toMatchObject(before)
    await expect(sendJson('POST', `/reports/${report.id}/approve`, {}, () => reportSchema)).rejects.toMatchObject({
      status: 403,
    })

    await signIn('secretariat@demo.sdg4.kz')
    const approved = await sendJson('POST', `/reports/${report.id}/approve`, {}, () => reportSchema)
    expect(approved).toMatchObject({ state: 'approved', reviewedBy: { id: 'u-secretariat' } })
    const after = await getJson(`/tasks/${task.id}`, () => taskDetailSchema)
    expect(after).toMatchObject({ status: 'completed', progress: 100 })
    expect(after.updatedAt).not.toBe(seenAt)
    expect(db.updates[0]).toMatchObject({ taskId: task.id, status: 'completed', previousStatus: before.status })
    const { items } = await getJson('/updates?since=2000-01-01', () => taskUpdateListSchema)
    expect(items[0]?.taskId).toBe(task.id)
    await expect(sendJson('POST', `/reports/${report.id}/approve`, {}, () => reportSchema)).rejects.toMatchObject({
      status: 409,
    })
  })

  test('return needs a comment (422) and leaves the activity alone', async () => {
    const task = moeTask()
    await signIn(reporterOf('moe'))
    const report = await reportTask(task.id)
    await signIn('secretariat@demo.sdg4.kz')
    const error = await failure(sendJson('POST', `/reports/${report.id}/return`, { comment: '  ' }, () => reportSchema))
    expect(error).toMatchObject({ status: 422, fields: [{ path: 'comment' }] })
    const returned = await sendJson('POST', `/reports/${report.id}/return`, { comment: 'Source?' }, () => reportSchema)
    expect(returned).toMatchObject({ state: 'returned', comment: 'Source?' })
    expect(db.tasks.find((t) => t.id === task.id)).toMatchObject({ status: task.status, progress: task.progress })
  })

  test('the secretariat’s own report is approved at once', async () => {
    const task = otherTask()
    await signIn('secretariat@demo.sdg4.kz')
    const report = await reportTask(task.id, { status: 'delayed', progress: 7 })
    expect(report.state).toBe('approved')
    expect(db.tasks.find((t) => t.id === task.id)).toMatchObject({ status: 'delayed', progress: 7 })
  })

  test('GET /reports: a reporter sees their organisation’s, the secretariat all, filtered; a viewer 403', async () => {
    await signIn(reporterOf('moe'))
    const mine = await reportTask(moeTask().id)
    await signIn(reporterOf(otherTask().ownerId))
    await reportTask(otherTask().id)
    const theirs = await getJson('/reports', () => reportListSchema)
    expect(theirs.items.map((r) => r.id)).not.toContain(mine.id)
    await signIn('secretariat@demo.sdg4.kz')
    expect((await getJson('/reports?state=submitted', () => reportListSchema)).items).toHaveLength(2)
    const forTask = await getJson(`/reports?taskId=${moeTask().id}&state=submitted`, () => reportListSchema)
    expect(forTask.items.map((r) => r.id)).toEqual([mine.id])
    await signIn('viewer@demo.sdg4.kz')
    await expect(getJson('/reports', () => reportListSchema)).rejects.toMatchObject({ status: 403 })
  })
})

describe('reports on indicator values', () => {
  const indicator = () => db.indicators.find((i) => i.id === 'ind-4-1-completion')!
  const levelIndicator = () => db.indicators.find((i) => i.id === 'ind-4-7-1-policy')!

  test('approval replaces that year’s actual or adds it', async () => {
    const { actuals, updatedAt } = indicator()
    const year = actuals.at(-1)!.year
    await signIn(reporterOf('moe'))
    const basedOn = updatedAt!
    const replace = await sendJson(
      'POST',
      '/indicators/ind-4-1-completion/reports',
      { year, value: 99.5, basedOn },
      () => reportSchema,
    )
    expect(replace.previous).toEqual(actuals.at(-1))
    await signIn('secretariat@demo.sdg4.kz')
    await sendJson('POST', `/reports/${replace.id}/approve`, {}, () => reportSchema)
    const after = await getJson('/indicators/ind-4-1-completion', () => indicatorSchema)
    expect(after.actuals).toHaveLength(actuals.length)
    expect(after.actuals.at(-1)).toEqual({ year, value: 99.5 })
    const added = await sendJson(
      'POST',
      '/indicators/ind-4-1-completion/reports',
      { year: year + 1, value: 98, basedOn: after.updatedAt },
      () => reportSchema,
    )
    expect(added.state).toBe('approved')
    expect(db.indicators.find((i) => i.id === 'ind-4-1-completion')?.actuals.at(-1)).toEqual({
      year: year + 1,
      value: 98,
    })
  })

  test('a level indicator takes a stage index only (422 on value); stale basedOn is 409', async () => {
    await signIn(reporterOf('moe'))
    const { updatedAt, levels } = levelIndicator()
    const tooHigh = { year: 2025, value: levels!.length, basedOn: updatedAt }
    const error = await failure(sendJson('POST', '/indicators/ind-4-7-1-policy/reports', tooHigh, () => reportSchema))
    expect(error).toMatchObject({ status: 422, fields: [{ path: 'value' }] })
    const stale = { year: 2025, value: 1, basedOn: '2020-01-01T00:00:00Z' }
    const staleError = await failure(
      sendJson('POST', '/indicators/ind-4-7-1-policy/reports', stale, () => reportSchema),
    )
    expect(staleError).toMatchObject({ status: 409, code: 'stale', current: { id: 'ind-4-7-1-policy' } })
  })
})

test('the audit log: sign-ins, failures and writes, newest first, for the secretariat only', async () => {
  await failure(signIn('viewer@demo.sdg4.kz', 'nope'))
  await signIn(reporterOf('moe'))
  await reportTask(moeTask().id)
  await expect(getJson('/audit', () => auditListSchema)).rejects.toMatchObject({ status: 403 })
  await signIn('secretariat@demo.sdg4.kz')
  const { items } = await getJson('/audit', () => auditListSchema)
  expect(items.map((e) => e.action)).toEqual(['session.create', 'report.submit', 'session.create', 'session.fail'])
})
