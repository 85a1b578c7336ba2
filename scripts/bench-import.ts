// Issue 14's figures: time to preview (POST /imports: read the .xlsx, compare, store) and to apply (one
// transaction) for 300 and 10,000 activities, on SQLite and, with TEST_DATABASE_URL, on PostgreSQL. Two cases each:
// loading the whole plan into an empty one (every row added) and re-importing it with 10% of activities changed.
// `npx tsx scripts/bench-import.ts` (wrap it in the machine's heavy-work lock).
import { largeTaskList } from '../mocks/data/large'
import { samplePlan } from '../mocks/data/sample-plan'
import { writePlanWorkbook } from '../src/workbook/write-workbook'
import type { PlanData } from '../src/workbook/plan-data'
import { addAccount } from '../server/auth/accounts'
import { createApp } from '../server/app'
import { migrateToLatest } from '../server/db/migrate'
import { seedPlan } from '../server/db/seed'
import { workbookMediaType } from '../server/http/same-origin'
import { cookieOf } from '../server/test/accounts'
import { engines, type TestDatabase } from '../server/test/databases'

const now = new Date()
const password = 'bench password, long enough'

function planOf(size: number): PlanData {
  const sample = samplePlan(now)
  // The generator shifts due dates at random, some before the start, which an import rightly refuses: start no later.
  const tasks = [...sample.tasks, ...largeTaskList(sample, size - sample.tasks.length)]
    .slice(0, size)
    .map((t) => (t.dueDate < t.startDate ? { ...t, startDate: t.dueDate } : t))
  return { plan: sample.plan, owners: sample.owners, tasks, indicators: sample.indicators }
}

/** An app on a fresh database holding `data` (or an empty plan), and a secretariat's session. */
async function appWith(open: () => Promise<TestDatabase>, data: PlanData | undefined) {
  const test = await open()
  await migrateToLatest(test.db)
  const sample = samplePlan(now)
  const seed = data
    ? { ...sample, ...data, tasks: data.tasks.map((t) => ({ ...t, milestones: [] })), updates: [] }
    : { ...sample, owners: [], tasks: [], indicators: [], updates: [] }
  await seedPlan(test.db.kysely, seed, { now })
  const email = 'bench@example.kz'
  await addAccount(test.db.kysely, { email, name: 'Bench', role: 'secretariat', password }, now)
  const app = createApp({ db: test.db, clock: () => new Date(), config: {} })
  const signIn = await app.request('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const cookie = cookieOf(signIn)
  const request = (path: string, init: RequestInit) =>
    app.request(`/api/v1${path}`, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), cookie } })
  return { request, dispose: test.dispose }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, performance.now() - start]
}

async function previewAndApply(open: () => Promise<TestDatabase>, base: PlanData | undefined, bytes: Uint8Array) {
  const { request, dispose } = await appWith(open, base)
  try {
    const [preview, previewMs] = await timed(async () => {
      const response = await request('/imports', {
        method: 'POST',
        headers: { 'content-type': workbookMediaType },
        body: bytes as Uint8Array<ArrayBuffer>,
      })
      if (response.status !== 201) throw new Error(`preview: ${response.status} ${await response.text()}`)
      const body = (await response.json()) as { id: string; counts: Record<string, number>; errors: unknown[] }
      if (body.errors.length > 0) throw new Error(`preview: ${JSON.stringify(body.errors.slice(0, 3))}`)
      return body
    })
    const [, applyMs] = await timed(async () => {
      const response = await request(`/imports/${preview.id}/apply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ removeMissing: false }),
      })
      if (response.status !== 200) throw new Error(`apply: ${response.status} ${await response.text()}`)
    })
    return { previewMs, applyMs, counts: preview.counts }
  } finally {
    await dispose()
  }
}

const rows: string[] = []
for (const size of [300, 10_000]) {
  const plan = planOf(size)
  const [full, writeMs] = await timed(() => writePlanWorkbook(plan, { language: 'kk', template: false }))
  const changed = {
    ...plan,
    tasks: plan.tasks.map((t, i) => (i % 10 === 0 ? { ...t, progress: (t.progress + 7) % 101 } : t)),
  }
  const edited = await writePlanWorkbook(changed, { language: 'kk', template: false })
  for (const [engine, open] of engines) {
    const load = await previewAndApply(open, undefined, full)
    const update = await previewAndApply(open, plan, edited)
    const line = (what: string, r: typeof load) =>
      `| ${size.toLocaleString('en')} | ${engine} | ${what} | ${r.counts.added} added, ${r.counts.changed} changed | ${Math.round(r.previewMs)} ms | ${Math.round(r.applyMs)} ms |`
    rows.push(line('into an empty plan', load), line('10% of activities changed', update))
  }
  rows.push(
    `| ${size.toLocaleString('en')} | (any) | writing the workbook (GET /plan.xlsx) | ${(full.byteLength / 1024).toFixed(0)} KiB | ${Math.round(writeMs)} ms | |`,
  )
}
console.log('| activities | engine | case | preview counts | preview | apply |')
console.log('|---|---|---|---|---|---|')
for (const row of rows) console.log(row)
