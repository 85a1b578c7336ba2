// How a report travels (SERVER.md): submitted, reviewed, applied; stale and invalid submissions; the audit log.
import { apiErrorBodySchema, taskDetailSchema, taskUpdateListSchema, indicatorSchema } from '../../src/api/schemas'
import { auditListSchema, reportListSchema, reportSchema } from '../../src/api/schemas-v1-1'
import { testApp, type TestApp } from '../test/accounts'
import { engines } from '../test/databases'

const taskId = 't-001'

describe.each(engines)('reports on %s', (_name, open) => {
  let api: TestApp
  beforeAll(async () => {
    api = await testApp(open)
  })
  afterAll(() => api.close())

  const task = async () => taskDetailSchema.parse(await (await api.request(`/tasks/${taskId}`)).json())
  const submit = async (body: Record<string, unknown> = {}) =>
    api.json(
      `/tasks/${taskId}/reports`,
      {
        status: 'delayed',
        progress: 35,
        note: { en: 'Waiting for the budget' },
        basedOn: (await task()).updatedAt,
        ...body,
      },
      { as: 'reporter' },
    )

  test('a reporter’s report waits for review; approval changes the activity, its history, /updates and the ETag', async () => {
    const before = await task()
    const etag = (await api.request(`/tasks/${taskId}`)).headers.get('etag')
    const response = await submit()
    expect(response.status).toBe(201)
    const report = reportSchema.parse(await response.json())
    expect(report).toMatchObject({
      kind: 'task_progress',
      state: 'submitted',
      taskId,
      proposed: { status: 'delayed', progress: 35 },
      previous: { status: before.status, progress: before.progress },
      submittedBy: { name: 'Ruslan Reporter' },
    })
    expect(await task()).toEqual(before)

    const approved = await api.json(`/reports/${report.id}/approve`, { comment: 'Thanks' }, { as: 'secretariat' })
    expect(approved.status).toBe(200)
    expect(reportSchema.parse(await approved.json())).toMatchObject({
      state: 'approved',
      reviewedBy: { name: 'Saule Secretariat' },
      comment: 'Thanks',
    })
    const after = await task()
    expect(after).toMatchObject({ status: 'delayed', progress: 35 })
    expect(after.updatedAt).not.toBe(before.updatedAt)
    expect(after.updates[0]).toMatchObject({
      author: 'Ruslan Reporter',
      status: 'delayed',
      previousStatus: before.status,
      progress: 35,
      note: { en: 'Waiting for the budget' },
    })
    expect((await api.request(`/tasks/${taskId}`)).headers.get('etag')).not.toBe(etag)
    const updates = taskUpdateListSchema.parse(await (await api.request('/updates?since=2026-01-01')).json())
    expect(updates.items[0]).toMatchObject({ taskId, author: 'Ruslan Reporter', progress: 35 })

    const again = await api.json(`/reports/${report.id}/approve`, {}, { as: 'secretariat' })
    expect(again.status).toBe(409)
  })

  test('a stale basedOn is 409 stale with the current activity in the body', async () => {
    const current = await task()
    const response = await submit({ basedOn: '2020-01-01T00:00:00Z' })
    expect(response.status).toBe(409)
    const body = (await response.json()) as { error: unknown; current: unknown }
    expect(apiErrorBodySchema.parse(body).error.code).toBe('stale')
    expect(body.current).toMatchObject({ id: taskId, updatedAt: current.updatedAt, status: current.status })
  })

  test('an invalid body is 422 invalid naming the fields', async () => {
    const response = await submit({ progress: 140, status: 'finished' })
    expect(response.status).toBe(422)
    const body = apiErrorBodySchema.parse(await response.json())
    expect(body.error.code).toBe('invalid')
    expect(body.error.fields?.map((f) => f.path).sort()).toEqual(['progress', 'status'])
  })

  test('approve may come without a body; return without one is 422', async () => {
    const report = reportSchema.parse(await (await submit()).json())
    const bare = await api.request(`/reports/${report.id}/return`, { method: 'POST', as: 'secretariat' })
    expect(bare.status).toBe(422)
    const approved = await api.request(`/reports/${report.id}/approve`, { method: 'POST', as: 'secretariat' })
    expect(approved.status).toBe(200)
  })

  test('a return needs a comment; the reporter sees it; a returned report cannot be approved', async () => {
    const report = reportSchema.parse(await (await submit()).json())
    const bare = await api.json(`/reports/${report.id}/return`, {}, { as: 'secretariat' })
    expect(bare.status).toBe(422)
    expect(apiErrorBodySchema.parse(await bare.json()).error.fields?.[0]?.path).toBe('comment')
    const returned = await api.json(`/reports/${report.id}/return`, { comment: 'Which budget?' }, { as: 'secretariat' })
    expect(returned.status).toBe(200)
    const mine = reportListSchema.parse(await (await api.request('/reports?state=returned', { as: 'reporter' })).json())
    expect(mine.items.find((r) => r.id === report.id)?.comment).toBe('Which budget?')
    expect((await api.json(`/reports/${report.id}/approve`, {}, { as: 'secretariat' })).status).toBe(409)
  })

  test('reporters see their own organisation’s reports only, newest first; the secretariat sees all', async () => {
    await submit()
    const other = (await (await api.request('/tasks')).json()) as {
      items: { id: string; ownerId: string; updatedAt: string }[]
    }
    const foreign = other.items.find((t) => t.ownerId === 'mshe')
    if (!foreign) throw new Error('no mshe activity')
    const created = await api.json(
      `/tasks/${foreign.id}/reports`,
      { status: 'in_progress', progress: 10, note: { kk: 'Басталды' }, basedOn: foreign.updatedAt },
      { as: 'otherReporter' },
    )
    expect(created.status).toBe(201)
    const mine = reportListSchema.parse(await (await api.request('/reports', { as: 'reporter' })).json()).items
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((r) => r.kind === 'task_progress' && r.taskId === taskId)).toBe(true)
    const all = reportListSchema.parse(await (await api.request('/reports', { as: 'secretariat' })).json()).items
    expect(all.some((r) => r.kind === 'task_progress' && r.taskId === foreign.id)).toBe(true)
    const times = all.map((r) => Date.parse(r.submittedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const filtered = reportListSchema.parse(
      await (await api.request(`/reports?taskId=${foreign.id}`, { as: 'secretariat' })).json(),
    ).items
    expect(filtered.map((r) => r.kind === 'task_progress' && r.taskId)).toEqual([foreign.id])
  })

  test('an indicator value approved replaces that year’s actual; the secretariat’s own is approved at once', async () => {
    const id = 'ind-4-1-completion'
    const indicator = indicatorSchema.parse(await (await api.request(`/indicators/${id}`)).json())
    const year = indicator.actuals[0]?.year ?? 2024
    const response = await api.json(
      `/indicators/${id}/reports`,
      { year, value: 12.5, source: { en: 'Ministry data' }, basedOn: indicator.updatedAt },
      { as: 'secretariat' },
    )
    expect(response.status).toBe(201)
    const report = reportSchema.parse(await response.json())
    expect(report).toMatchObject({ state: 'approved', kind: 'indicator_value', proposed: { year, value: 12.5 } })
    const after = indicatorSchema.parse(await (await api.request(`/indicators/${id}`)).json())
    expect(after.actuals.filter((a) => a.year === year)).toEqual([{ year, value: 12.5 }])
    expect(after.actuals.length).toBe(indicator.actuals.length || 1)
    expect(after.updatedAt).not.toBe(indicator.updatedAt)
  })

  test('the audit log records submissions and approvals with before and after, newest first, secretariat only', async () => {
    const response = await api.request('/audit', { as: 'secretariat' })
    expect(response.status).toBe(200)
    const { items } = auditListSchema.parse(await response.json())
    const approval = items.find((e) => e.action === 'report.approve' && (e.after as { taskId?: string }).taskId)
    expect(approval).toMatchObject({
      actor: { name: 'Saule Secretariat' },
      before: { taskId },
      after: { status: 'delayed' },
    })
    expect(items.some((e) => e.action === 'report.submit')).toBe(true)
    expect(items.some((e) => e.action === 'report.return')).toBe(true)
    const times = items.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const me = (await (await api.request('/session', { as: 'reporter' })).json()) as { id: string }
    const byReporter = auditListSchema.parse(
      await (await api.request(`/audit?actor=${me.id}`, { as: 'secretariat' })).json(),
    ).items
    expect(byReporter.length).toBeGreaterThan(0)
    expect(byReporter.every((e) => e.actor?.id === me.id)).toBe(true)
  })

  test('the audit log is append-only in the database itself', async () => {
    await expect(api.test.db.kysely.deleteFrom('audit').execute()).rejects.toThrow(/append-only/)
  })
})
