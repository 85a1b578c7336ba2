// PostgreSQL going away in the middle of an apply (issue 14: "all or nothing"): the request answers 503, and once
// the database is back nothing of the import is there: not one activity changed, no audit entry, the same revision,
// and the preview can still be applied. A TCP relay stands in for PostgreSQL stopping (as in server/db-down.test.ts);
// it is cut only once the apply's transaction has written, which pg_stat_activity shows from a direct connection.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import pg from 'pg'
import { largeTaskList } from '../../mocks/data/large'
import { samplePlan } from '../../mocks/data/sample-plan'
import { importPreviewSchema } from '../../src/api/schemas-import'
import { addAccount } from '../auth/accounts'
import { createApp } from '../app'
import { migrateToLatest } from '../db/migrate'
import { readPlanData } from '../db/plan-data'
import { seedPlan } from '../db/seed'
import { findUserByEmail, toUser } from '../db/users'
import { createLogger } from '../logger'
import { cookieOf } from '../test/accounts'
import { freshPostgres, testDatabaseUrl } from '../test/databases'
import { pinnedNow } from '../test/implementations'
import { setCell, workbookRowsOf } from '../test/workbook-rows'
import { storeImport } from './imports'

/** A relay whose upstream connections' local ports are known, so the backends behind it can be told apart. */
function relayTo(target: URL) {
  const sockets = new Set<Socket>()
  const upstreamPorts = new Set<number>()
  let server: Server | undefined
  let listening = false
  const start = (port = 0) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname, () => {
          if (upstream.localPort) upstreamPorts.add(upstream.localPort)
        })
        for (const s of [client, upstream]) {
          sockets.add(s)
          s.on('error', () => {})
          s.on('close', () => sockets.delete(s))
        }
        client.pipe(upstream).pipe(client)
      })
      server.listen(port, '127.0.0.1', () => {
        listening = true
        resolve((server?.address() as AddressInfo).port)
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      listening = false
      for (const s of sockets) s.destroy()
      if (server) server.close(() => resolve())
      else resolve()
    })
  return { start, stop, upstreamPorts, isListening: () => listening }
}

describe.runIf(testDatabaseUrl)('PostgreSQL stopping mid-apply', () => {
  test('503, and nothing of the import is written', { timeout: 60_000 }, async () => {
    const target = new URL(testDatabaseUrl as string)
    const relay = relayTo(target)
    const port = await relay.start()
    const viaRelay = new URL(target)
    viaRelay.port = String(port)
    const test = await freshPostgres(viaRelay.toString())
    const observer = new pg.Client({ connectionString: testDatabaseUrl })
    await observer.connect()
    try {
      await migrateToLatest(test.db)
      // Enough activities that the apply's transaction takes a while.
      const sample = samplePlan(pinnedNow)
      const tasks = [...sample.tasks, ...largeTaskList(sample, 3000)].map((t) =>
        t.dueDate < t.startDate ? { ...t, startDate: t.dueDate } : t,
      )
      await seedPlan(
        test.db.kysely,
        { ...sample, tasks: tasks.map((t) => ({ milestones: [], ...t })) },
        { now: pinnedNow },
      )
      const person = { email: 'sec@example.kz', name: 'Saule Secretariat', role: 'secretariat' as const }
      await addAccount(test.db.kysely, { ...person, password: 'correct horse battery staple' }, pinnedNow)
      const user = toUser((await findUserByEmail(test.db.kysely, person.email))!)
      const before = (await readPlanData(test.db.kysely))!
      const workbook = workbookRowsOf(before)
      for (const task of before.tasks) setCell(workbook, 'Activities', task.code, 'progress', (task.progress + 1) % 101)
      const { id } = await storeImport(test.db, workbook, user, pinnedNow)
      const revision = await test.db.readRevision()

      const app = createApp({ db: test.db, clock: () => pinnedNow, config: {}, logger: createLogger('warn') })
      const signIn = await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: person.email, password: 'correct horse battery staple' }),
      })
      const headers = { cookie: cookieOf(signIn), 'content-type': 'application/json' }
      const applying = app.request(`/api/v1/imports/${id}/apply`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ removeMissing: false }),
      })
      // Wait until a backend behind the relay holds a transaction that has written (it has a transaction id).
      for (let waited = 0; ; waited += 5) {
        const { rows } = await observer.query<{ n: string }>(
          'select count(*) as n from pg_stat_activity where backend_xid is not null and client_port = any($1)',
          [[...relay.upstreamPorts]],
        )
        if (Number(rows[0]?.n) > 0) break
        if (waited > 30_000) throw new Error('the apply never started writing')
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      await relay.stop()
      expect((await applying).status).toBe(503)

      await relay.start(port)
      // Connections that died with the relay fail once more each, as after a restart of PostgreSQL; then it answers.
      for (let tries = 0; (await app.request('/api/v1/health')).status !== 200; tries++)
        if (tries > 20) throw new Error('the database did not come back')
      const after = (await readPlanData(test.db.kysely))!
      expect(after.tasks.map((t) => t.progress)).toEqual(before.tasks.map((t) => t.progress))
      expect(await test.db.readRevision()).toBe(revision)
      const audits = await test.db.kysely
        .selectFrom('audit')
        .select('action')
        .where('action', '=', 'plan.import')
        .execute()
      expect(audits).toEqual([])
      // The preview is still a preview, and applies now that the database is back.
      const retried = await app.request(`/api/v1/imports/${id}/apply`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ removeMissing: false }),
      })
      expect(retried.status).toBe(200)
      expect(importPreviewSchema.parse(await retried.json()).state).toBe('applied')
    } finally {
      // Whatever failed, drop the test's schema through a live relay.
      if (!relay.isListening()) await relay.start(port)
      await observer.end()
      await test.dispose()
      await relay.stop()
    }
  })
})
