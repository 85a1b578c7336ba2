// Many reporters and the secretariat at once on PostgreSQL (the production engine, many connections): nothing is
// lost and no report is applied twice.
import { setTimeout } from 'node:timers/promises'
import { sql } from 'kysely'
import { addAccount } from '../auth/accounts'
import { bumpRevisionFrom } from '../db/revision'
import { testApp, type TestApp } from '../test/accounts'
import { freshPostgres, testDatabaseUrl } from '../test/databases'
import { pinnedNow } from '../test/implementations'

const reporters = 20

describe.skipIf(!testDatabaseUrl)('concurrent reporting on PostgreSQL', () => {
  let api: TestApp
  beforeAll(async () => {
    api = await testApp(() => freshPostgres(testDatabaseUrl as string))
    for (let i = 0; i < reporters; i++)
      await addAccount(
        api.test.db.kysely,
        {
          email: `r${i}@example.kz`,
          name: `Reporter ${i}`,
          role: 'reporter',
          ownerId: 'moe',
          password: `password number ${i}`,
        },
        pinnedNow,
      )
  }, 60_000)
  afterAll(() => api.close())

  const signIn = async (i: number) => {
    const response = await api.json('/session', { email: `r${i}@example.kz`, password: `password number ${i}` })
    expect(response.status).toBe(200)
    return (response.headers.get('set-cookie') ?? '').split(';')[0] as string
  }
  const countUpdates = async () =>
    Number(
      (
        await api.test.db.kysely
          .selectFrom('task_updates')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  test('20 reporters submit while the secretariat approves; then every report is approved twice at once', async () => {
    const tasks = (
      (await (await api.request('/tasks')).json()) as { items: { id: string; ownerId: string; updatedAt: string }[] }
    ).items.filter((t) => t.ownerId === 'moe')
    const cookies = await Promise.all(Array.from({ length: reporters }, (_, i) => signIn(i)))
    const submit = (i: number) => {
      const task = tasks[i % tasks.length] as (typeof tasks)[number]
      return api.json(
        `/tasks/${task.id}/reports`,
        { status: 'in_progress', progress: i, note: { en: `Report ${i}` }, basedOn: task.updatedAt },
        { as: cookies[i] as string },
      )
    }
    // A first report, approved while the other 19 are being submitted.
    const first = (await (await submit(0)).json()) as { id: string }
    const updatesBefore = await countUpdates()
    const [approval, ...submissions] = await Promise.all([
      api.json(`/reports/${first.id}/approve`, {}, { as: 'secretariat' }),
      ...Array.from({ length: reporters - 1 }, (_, i) => submit(i + 1)),
    ])
    expect(approval?.status).toBe(200)
    // Submissions on the activity the approval changed may be refused as stale, never lost silently.
    const statuses = submissions.map((r) => r.status)
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true)
    const created = await Promise.all(
      submissions.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { id: string }).id),
    )
    const stored = await api.test.db.kysely.selectFrom('reports').select(['id', 'state']).execute()
    expect(stored.length).toBe(1 + created.length)
    expect(created.length).toBeGreaterThanOrEqual(reporters - 1 - Math.ceil(reporters / tasks.length))

    // Every report approved twice in parallel: exactly one 200 and one 409 each, one task update each.
    const approvals = await Promise.all(
      created.flatMap((id) => [0, 1].map(() => api.json(`/reports/${id}/approve`, {}, { as: 'secretariat' }))),
    )
    for (let i = 0; i < created.length; i++) {
      const pair = [approvals[2 * i]?.status, approvals[2 * i + 1]?.status].sort()
      expect(pair).toEqual([200, 409])
    }
    expect(await countUpdates()).toBe(updatesBefore + 1 + created.length)
    const approvedRows = await api.test.db.kysely
      .selectFrom('reports')
      .select('id')
      .where('state', '=', 'approved')
      .execute()
    expect(approvedRows.length).toBe(1 + created.length)
    const audit = await api.test.db.kysely
      .selectFrom('audit')
      .select('id')
      .where('action', '=', 'report.approve')
      .execute()
    expect(audit.length).toBe(1 + created.length)
  }, 60_000)
})

describe.skipIf(!testDatabaseUrl)('an approval while an import applies, on PostgreSQL', () => {
  let api: TestApp
  beforeAll(async () => {
    api = await testApp(() => freshPostgres(testDatabaseUrl as string))
  }, 60_000)
  afterAll(() => api.close())

  const taskId = 't-001'
  const report = async (as: 'reporter' | 'secretariat', progress: number) => {
    const { updatedAt } = (await (await api.request(`/tasks/${taskId}`)).json()) as { updatedAt: string }
    return api.json(
      `/tasks/${taskId}/reports`,
      { status: 'in_progress', progress, note: { en: 'On track' }, basedOn: updatedAt },
      { as },
    )
  }
  /** Until a connection waits for a lock that the backend `pid` holds (pg_stat_activity, not a guessed delay). */
  const waitUntilBlockedBy = async (pid: number) => {
    for (let i = 0; i < 1000; i++) {
      const { rows } = await sql<{ waiting: number }>`
        select count(*)::int as waiting from pg_stat_activity where ${pid} = any(pg_blocking_pids(pid))`.execute(
        api.test.db.kysely,
      )
      if (rows[0]?.waiting) return
      await setTimeout(10)
    }
    throw new Error(`nothing waited for backend ${pid}`)
  }

  // The import's order, by its own function: the revision first (held to the commit), then the plan's rows. The
  // approval comes while the revision is held; the import writes the activity only once the approval waits, so an
  // approval that changed the activity before asking for the revision deadlocks with it, every time.
  test.each([
    [
      'a reporter’s report approved',
      async () => {
        const { id } = (await (await report('reporter', 41)).json()) as { id: string }
        return () => api.json(`/reports/${id}/approve`, {}, { as: 'secretariat' })
      },
      200,
      41,
    ],
    ['the secretariat’s own report', async () => () => report('secretariat', 42), 201, 42],
  ] as const)(
    '%s while an import applies waits for the import, then goes through',
    async (_, ready, status, progress) => {
      const approve = await ready()
      const revision = await api.test.db.readRevision()
      let approval: Promise<Response> | undefined
      await api.test.db.kysely.transaction().execute(async (tx) => {
        expect(await bumpRevisionFrom(tx, revision)).toBe(true)
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx)
        approval = approve()
        await waitUntilBlockedBy(rows[0]?.pid as number)
        await tx
          .updateTable('tasks')
          .set((eb) => ({ progress: eb.ref('progress') }))
          .where('id', '=', taskId)
          .execute()
      })
      expect((await approval)?.status).toBe(status)
      expect(await api.test.db.readRevision()).toBe(revision + 2)
      const task = (await (await api.request(`/tasks/${taskId}`)).json()) as { progress: number }
      expect(task.progress).toBe(progress)
    },
  )
})
