// `npm run bench:api`: requests per second and p50/p95/p99 latency of the real server with 10,000 activities, on
// SQLite and on PostgreSQL, against a static file server sending the same bytes as the floor, in one run.
// Loopback only; each case is bounded in time (BENCH_SECONDS, default 5). PostgreSQL: BENCH_DATABASE_URL or
// TEST_DATABASE_URL (a scratch database `sdg4_bench` is created beside it and dropped afterwards); skipped if unset.
// The goal (issue 12): p95 of a full GET /tasks at 50 connections within 2x the floor; a 304 within 1.2x.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { get } from 'node:http'
import { join } from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'

const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
const benchDatabase = 'sdg4_bench'
const tmp = mkdtempSync(join(tmpdir(), 'sdg4-bench-'))
const children: ChildProcess[] = []

/** Runs a TypeScript entry with tsx; resolves with its port once it logs that it listens. */
function start(entry: string, args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    // LOG_LEVEL info, as in production: one log line per request is part of what a request costs.
    env: { PATH: process.env.PATH ?? '', PORT: '0', STATIC_DIR: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    let out: string | undefined = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      if (out === undefined) return // listening: keep draining the pipe, keep nothing
      out += chunk.toString()
      const match = /"(?:url":"http:\/\/[^:]+:|port":)(\d+)/.exec(out)
      if (match?.[1]) {
        out = undefined
        resolve(Number(match[1]))
      }
    })
    child.on('exit', (code) => reject(new Error(`${entry} exited (${code}) before listening`)))
  })
}

function run(entry: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'inherit',
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} failed (${code})`))))
  })
}

interface Case {
  name: string
  path: string
  conditional?: boolean
  /** As browsers ask: the server sends its cached br variant; the floor the same bytes, precompressed. */
  brotli?: boolean
}
const cases: Case[] = [
  { name: 'GET /tasks (full)', path: '/api/v1/tasks' },
  { name: 'GET /tasks (full, br)', path: '/api/v1/tasks', brotli: true },
  { name: 'GET /tasks (304)', path: '/api/v1/tasks', conditional: true },
  { name: 'GET /tasks/{id}', path: '/api/v1/tasks/L-05000' },
  { name: 'GET /indicators', path: '/api/v1/indicators' },
]
const connectionCounts = [1, 50]

interface Row {
  target: string
  case: string
  connections: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

async function measure(target: string, port: number, c: Case, connections: number): Promise<Row> {
  const url = `http://127.0.0.1:${port}${c.path}`
  const etag = c.conditional ? ((await fetch(url)).headers.get('etag') ?? '') : ''
  const latencies: number[] = []
  let unexpected = 0
  const expected = c.conditional ? 304 : 200
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers: { ...(c.conditional ? { 'If-None-Match': etag } : {}), ...(c.brotli ? { 'Accept-Encoding': 'br' } : {}) },
  })
  instance.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms)
    if (status !== expected) unexpected++
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  return {
    target,
    case: c.name,
    connections,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: unexpected + result.errors + result.timeouts,
  }
}

/** The bytes as sent, still compressed (fetch would decompress them). */
function rawBody(port: number, path: string, encoding: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve(Buffer.concat(chunks)))
    }).on('error', reject)
  })
}

async function withScratchDatabase(): Promise<string | undefined> {
  if (!adminUrl) return undefined
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${benchDatabase}`)
  await admin.query(`create database ${benchDatabase}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${benchDatabase}`
  return url.toString()
}

async function dropScratchDatabase() {
  if (!adminUrl) return
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${benchDatabase} with (force)`)
  await admin.end()
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–')

function printTable(rows: Row[]) {
  const header = '| target | request | conn. | req/s | p50 ms | p95 ms | p99 ms | errors |'
  const lines = [header, '|---|---|--:|--:|--:|--:|--:|--:|']
  for (const r of rows) {
    lines.push(
      `| ${r.target} | ${r.case} | ${r.connections} | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`,
    )
  }
  console.log(lines.join('\n'))
  const floor = (name: string) =>
    rows.find((r) => r.target === 'static floor' && r.case === name && r.connections === 50)
  for (const target of new Set(rows.map((r) => r.target).filter((t) => t !== 'static floor'))) {
    for (const [name, goal] of [
      ['GET /tasks (full)', 2],
      ['GET /tasks (full, br)', 2],
      ['GET /tasks (304)', 1.2],
    ] as const) {
      const row = rows.find((r) => r.target === target && r.case === name && r.connections === 50)
      const base = floor(name)
      if (row && base) {
        const ratio = row.p95 / base.p95
        console.log(`${target}, ${name}, 50 conn.: p95 ${fmt(ratio, 2)}x the floor (goal ≤ ${goal}x)`)
      }
    }
  }
}

async function main() {
  const rows: Row[] = []
  const sqliteDir = join(tmp, 'data')
  console.log(`Seeding 10,000 activities on SQLite${adminUrl ? ' and PostgreSQL' : ''}…`)
  await run('server/cli/db-seed.ts', ['--large'], { DATA_DIR: sqliteDir })
  const pgUrl = await withScratchDatabase()
  if (pgUrl) await run('server/cli/db-seed.ts', ['--large'], { DATABASE_URL: pgUrl })

  const sqlitePort = await start('server/main.ts', [], { DATA_DIR: sqliteDir })
  // The floor sends the very bytes the server sends.
  const files: Record<string, string> = {}
  for (const c of cases) {
    const key = c.brotli ? `${c.path}|br` : c.path
    const file = join(tmp, `${key.replaceAll(/[/|]/g, '_')}.json`)
    writeFileSync(file, await rawBody(sqlitePort, c.path, c.brotli ? 'br' : 'identity'))
    files[key] = file
  }
  const floorPort = await start('scripts/bench-static-floor.ts', [], { FLOOR_FILES: JSON.stringify(files) })
  const targets: [string, number][] = [
    ['static floor', floorPort],
    ['server, SQLite', sqlitePort],
  ]
  if (pgUrl) targets.push(['server, PostgreSQL', await start('server/main.ts', [], { DATABASE_URL: pgUrl })])

  for (const [target, port] of targets) {
    for (const c of cases) {
      for (const connections of connectionCounts) {
        await rawBody(port, c.path, c.brotli ? 'br' : 'identity') // warm the cache: the first build is not measured
        const row = await measure(target, port, c, connections)
        console.log(`${target} · ${c.name} · ${connections}: ${fmt(row.rps, 0)} req/s, p95 ${fmt(row.p95)} ms`)
        rows.push(row)
      }
    }
  }
  console.log(
    `\nnpm run bench:api, ${new Date().toISOString().slice(0, 10)}, ${seconds} s per case, 10,000 activities\n`,
  )
  printTable(rows)
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(async () => {
    for (const child of children) child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    await dropScratchDatabase().catch(() => {})
    rmSync(tmp, { recursive: true, force: true })
  })
