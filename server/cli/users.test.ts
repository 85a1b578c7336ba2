// `npm run users` as an operator meets it: a real process in a folder of their choosing, its exit code and messages.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { openDatabase } from '../db/database'
import { findUserByEmail } from '../db/users'
import { testDatabaseUrl } from '../test/databases'
import { openAndMigrate } from './open'

const tmp = mkdtempSync(join(tmpdir(), 'sdg4-users-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const tsx = createRequire(import.meta.url).resolve('tsx')
const script = fileURLToPath(new URL('./users.ts', import.meta.url))
const addGuest = ['add', '--email', 'guest@example.kz', '--name', 'Guest', '--role', 'viewer', '--password-stdin']

/** Runs `npm run users -- …args` in `cwd`, with only PATH and `env` set, the password on standard input. */
function users(args: string[], cwd: string, env: Record<string, string> = {}) {
  mkdirSync(cwd, { recursive: true })
  const child = spawn(process.execPath, ['--import', tsx, script, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stdin.end('a long enough password\n')
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  )
}

test('without DATA_DIR, where the server never made a database, it refuses and creates none', async () => {
  const cwd = join(tmp, 'elsewhere')
  const { code, stdout, stderr } = await users(addGuest, cwd)
  expect(code).toBe(1)
  expect(stdout).toBe('')
  expect(stderr).toContain(
    `Cannot open the embedded database at ${join(cwd, 'data', 'sdg4.sqlite')}: it does not exist. Set DATA_DIR`,
  )
  expect(existsSync(join(cwd, 'data'))).toBe(false)
})

test('adds the account to the database in DATA_DIR', async () => {
  const dataDir = join(tmp, 'server-data')
  const { db } = await openAndMigrate({ dataDir })
  await db.close()
  const { code, stdout } = await users(addGuest, join(tmp, 'anywhere'), { DATA_DIR: dataDir })
  expect(code).toBe(0)
  expect(stdout).toContain('Added guest@example.kz (viewer)')
  const reopened = openDatabase({ dataDir })
  expect(await findUserByEmail(reopened.kysely, 'guest@example.kz')).toMatchObject({ role: 'viewer' })
  await reopened.close()
})

describe.runIf(testDatabaseUrl)('with DATABASE_URL', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = openDatabase({ databaseUrl: testDatabaseUrl as string })
  beforeAll(() => sql`create schema ${sql.id(schema)}`.execute(admin.kysely))
  afterAll(async () => {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.kysely)
    await admin.close()
  })

  test('adds the account to PostgreSQL, with no embedded database in sight', async () => {
    const url = new URL(testDatabaseUrl as string)
    url.searchParams.set('options', `-c search_path=${schema}`)
    const cwd = join(tmp, 'operator')
    const { code, stdout } = await users(addGuest, cwd, { DATABASE_URL: url.toString() })
    expect(code).toBe(0)
    expect(stdout).toContain('Added guest@example.kz (viewer)')
    expect(existsSync(join(cwd, 'data'))).toBe(false)
  })
})
