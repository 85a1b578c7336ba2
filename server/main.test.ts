// `npm start` as an operator meets it: a real process, its logs, its exit codes and messages.
import { spawn } from 'node:child_process'
import BetterSqlite3 from 'better-sqlite3'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout } from 'node:timers/promises'
import { openDatabase } from './db/database'
import { hasPlan } from './db/seed'

const tmp = mkdtempSync(join(tmpdir(), 'sdg4-main-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

interface Running {
  output: () => string
  errors: () => string
  exited: Promise<number | null>
  kill: (signal: NodeJS.Signals) => void
  /** Resolves with the base URL once the server logs that it listens. */
  listening: Promise<string>
}

function start(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', STATIC_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /"msg":"listening","url":"([^"]+)"/.exec(stdout)
      if (match?.[1]) resolve(match[1])
    })
    child.on('exit', () => reject(new Error(`exited before listening: ${stderr}`)))
  })
  listening.catch(() => {})
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { output: () => stdout, errors: () => stderr, exited, kill: (signal) => child.kill(signal), listening }
}

test('starts on an empty data folder (migrated, seeded), logs one JSON line per request, stops cleanly on SIGTERM', async () => {
  const server = start([], { DATA_DIR: join(tmp, 'data') })
  const base = await server.listening
  const inFlight = fetch(`${base}api/v1/tasks?secret=query-value`, { headers: { Cookie: 'session=cookie-value' } })
  expect((await fetch(`${base}api/v1/health`)).status).toBe(200)
  expect((await inFlight).status).toBe(200)
  server.kill('SIGTERM')
  expect(await server.exited).toBe(0)
  const lines = server
    .output()
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(lines.map((l) => l.msg)).toEqual(
    expect.arrayContaining(['migrated', 'seeded the sample plan', 'listening', 'request', 'stopped']),
  )
  const request = lines.find((l) => l.msg === 'request' && l.path === '/api/v1/tasks')
  expect(request).toMatchObject({ method: 'GET', status: 200, durationMs: expect.any(Number) })
  expect(server.output()).not.toMatch(/query-value|cookie-value/)
  // The sample accounts, with their passwords, printed once and never inside a log line.
  expect(server.output()).toMatch(/^Sign-in accounts for the sample plan/m)
  const secretariat = /^ {2}secretariat@example\.kz +(\S+) +secretariat$/m.exec(server.output())
  expect(secretariat).not.toBeNull()
  expect(lines.map((l) => JSON.stringify(l)).join('\n')).not.toContain(secretariat?.[1])
  const again = start([], { DATA_DIR: join(tmp, 'data') })
  await again.listening
  again.kill('SIGTERM')
  expect(await again.exited).toBe(0)
  expect(again.output()).not.toMatch(/Sign-in accounts/)
}, 30_000)

test('--help prints the usage and every environment variable', async () => {
  const server = start(['--help'], {})
  expect(await server.exited).toBe(0)
  for (const name of [
    'PORT',
    'HOST',
    'DATA_DIR',
    'DATABASE_URL',
    'LOG_LEVEL',
    'STATIC_DIR',
    'READ_ACCESS',
    'TRUST_PROXY',
  ]) {
    expect(server.output()).toContain(name)
  }
}, 30_000)

test('a data folder that cannot be created: a clear message and exit 1', async () => {
  writeFileSync(join(tmp, 'a-file'), '')
  const server = start([], { DATA_DIR: join(tmp, 'a-file', 'data') })
  expect(await server.exited).toBe(1)
  expect(server.errors()).toMatch(/^Cannot open the database in .*a-file/)
}, 30_000)

test('a file that is not a database: a clear message and exit 1, never a half-started server', async () => {
  const dir = join(tmp, 'garbage')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir)
  writeFileSync(join(dir, 'sdg4.sqlite'), 'this is not SQLite '.repeat(200))
  const server = start([], { DATA_DIR: dir })
  expect(await server.exited).toBe(1)
  expect(server.errors()).toMatch(/^Cannot open the database in .*garbage: file is not a database/)
}, 30_000)

test('PostgreSQL that does not answer: a clear message without the password, exit 1', async () => {
  const server = start([], { DATABASE_URL: 'postgres://app:hunter2@127.0.0.1:1/sdg4' })
  expect(await server.exited).toBe(1)
  expect(server.errors()).toMatch(
    /^Cannot open or migrate the PostgreSQL database at postgres:\/\/app@127\.0\.0\.1:1\/sdg4/,
  )
  expect(server.errors()).not.toContain('hunter2')
}, 30_000)

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true

/** False also while the file is busy being set up (switching to WAL takes a lock that even a read waits for). */
function isMigrated(db: BetterSqlite3.Database): boolean {
  try {
    return db.prepare("select count(*) from sqlite_master where name = 'tasks'").pluck().get() === 1
  } catch (error) {
    if (isBusy(error)) return false
    throw error
  }
}

function isWriteLocked(db: BetterSqlite3.Database): boolean {
  try {
    db.exec('begin immediate')
    db.exec('rollback')
    return false
  } catch (error) {
    if (isBusy(error)) return true
    throw error
  }
}

test('kill -9 in the middle of a seed leaves no plan at all, and the next start seeds it whole', async () => {
  const dataDir = join(tmp, 'killed')
  const seed = spawn(process.execPath, ['--import', 'tsx', 'server/cli/db-seed.ts', '--large'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
    stdio: 'ignore',
  })
  const exited = new Promise<NodeJS.Signals | null>((resolve) => seed.on('exit', (_code, signal) => resolve(signal)))
  // Kill it while it holds the write lock after migrating, i.e. inside the seed's transaction: a second connection
  // that cannot begin a write transaction there and then is the proof.
  const file = join(dataDir, 'sdg4.sqlite')
  for (let i = 0; i < 2000 && !existsSync(file); i++) await setTimeout(5)
  const probe = new BetterSqlite3(file, { timeout: 0 })
  for (let i = 0; i < 4000; i++) {
    if (isMigrated(probe) && isWriteLocked(probe)) break
    await setTimeout(2)
  }
  probe.close()
  seed.kill('SIGKILL')
  expect(await exited).toBe('SIGKILL')

  const db = openDatabase({ dataDir })
  expect(await db.kysely.selectFrom('tasks').select('id').execute()).toEqual([])
  expect(await hasPlan(db.kysely)).toBe(false)
  await db.close()

  const server = start([], { DATA_DIR: dataDir })
  const base = await server.listening
  const { items } = (await (await fetch(`${base}api/v1/tasks`)).json()) as { items: unknown[] }
  expect(items.length).toBe(64)
  server.kill('SIGTERM')
  expect(await server.exited).toBe(0)
}, 60_000)

test('SIGTERM lets a request in flight finish before the process exits', async () => {
  const dataDir = join(tmp, 'graceful')
  const seed = spawn(process.execPath, ['--import', 'tsx', 'server/cli/db-seed.ts', '--large'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
    stdio: 'ignore',
  })
  expect(await new Promise((resolve) => seed.on('exit', resolve))).toBe(0)
  const server = start([], { DATA_DIR: dataDir, LOG_LEVEL: 'debug' })
  const base = await server.listening
  // The first GET /tasks builds 10,000 activities into a body: still in flight when SIGTERM follows its arrival.
  const inFlight = fetch(`${base}api/v1/tasks`)
  for (let i = 0; i < 1000 && !server.output().includes('"request started"'); i++) await setTimeout(5)
  server.kill('SIGTERM')
  const response = await inFlight
  expect(response.status).toBe(200)
  expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(10_000)
  expect(await server.exited).toBe(0)
  const messages = server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => (JSON.parse(line) as { msg: string }).msg)
  expect(messages.indexOf('request started')).toBeLessThan(messages.indexOf('shutting down'))
  expect(messages.indexOf('shutting down')).toBeLessThan(messages.indexOf('request'))
  await expect(fetch(`${base}api/v1/health`)).rejects.toThrow()
}, 60_000)
