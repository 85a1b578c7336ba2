// With the database gone, reads answer 503 in contract v1's shape and /health says so; with it back, they answer
// again without a restart.
import { createServer, connect, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { apiErrorBodySchema } from '../src/api/schemas'
import { createApp } from './app'
import { openDatabase } from './db/database'
import { freshPostgres, freshSqlite, seededDatabase, testDatabaseUrl } from './test/databases'
import { pinnedNow } from './test/implementations'

const reads = ['/plan', '/owners', '/tasks', '/tasks/t-001', '/indicators', '/updates?since=2026-01-01']

async function expectUnavailable(app: ReturnType<typeof createApp>) {
  for (const path of ['/health', ...reads]) {
    const response = await app.request(`/api/v1${path}`)
    expect(response.status, path).toBe(503)
    const body = apiErrorBodySchema.parse(await response.json())
    expect(body.error.code).toBe('database_unavailable')
    expect(JSON.stringify(body)).not.toMatch(/select|sqlite|ECONN|at .*\.ts/i)
  }
}

test('SQLite closed under a running server: 503 with the v1 error shape, even for bodies it had cached', async () => {
  const { db, dispose } = await seededDatabase(freshSqlite, pinnedNow)
  const app = createApp({ db, clock: () => pinnedNow, config: {} })
  for (const path of reads) expect((await app.request(`/api/v1${path}`)).status).toBe(200)
  await db.close()
  await expectUnavailable(app)
  await dispose()
})

describe.runIf(testDatabaseUrl)('PostgreSQL', () => {
  test('nobody listening at DATABASE_URL: 503 within the connection timeout', async () => {
    const db = openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/test' })
    const app = createApp({ db, clock: () => pinnedNow, config: {} })
    await expectUnavailable(app)
    await db.close()
  })

  // A TCP relay in front of PostgreSQL stands in for stopping it: cutting the relay drops every connection, as a
  // restart of PostgreSQL would, without touching the machine's real server.
  test('PostgreSQL going away mid-run: 503 while gone, answers again once back, same process', async () => {
    const target = new URL(testDatabaseUrl as string)
    const sockets = new Set<Socket>()
    const startRelay = (port = 0) =>
      new Promise<Server>((resolve) => {
        const relay = createServer((client) => {
          const upstream = connect(Number(target.port || 5432), target.hostname)
          for (const s of [client, upstream]) {
            sockets.add(s)
            s.on('error', () => {})
            s.on('close', () => sockets.delete(s))
          }
          client.pipe(upstream).pipe(client)
        })
        relay.listen(port, '127.0.0.1', () => resolve(relay))
      })
    const stopRelay = (relay: Server) =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        relay.close(() => resolve())
      })

    let relay = await startRelay()
    const port = (relay.address() as AddressInfo).port
    const viaRelay = new URL(target)
    viaRelay.port = String(port)
    const seeded = await seededDatabase(() => freshPostgres(viaRelay.toString()), pinnedNow)
    const app = createApp({ db: seeded.db, clock: () => pinnedNow, config: {} })
    try {
      for (const path of reads) expect((await app.request(`/api/v1${path}`)).status).toBe(200)
      await stopRelay(relay)
      await expectUnavailable(app)
      relay = await startRelay(port)
      expect((await app.request('/api/v1/health')).status).toBe(200)
      for (const path of reads) expect((await app.request(`/api/v1${path}`)).status, path).toBe(200)
    } finally {
      await seeded.dispose()
      await stopRelay(relay)
    }
  })
})
