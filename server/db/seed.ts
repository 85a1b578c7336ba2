// Loads a plan (the sample plan of mocks/data/sample-plan.ts, optionally with generated activities) in ONE
// transaction: `kill -9` halfway leaves the database as it was, and the next start seeds again from scratch.
import { randomUUID } from 'node:crypto'
import type { Insertable, Kysely, Transaction } from 'kysely'
import type { Indicator, Owner, Plan, Task, TaskUpdate } from '../../src/api/schemas'
import type { SamplePlan } from '../../mocks/data/sample-plan'
import { writeLocalized } from './localized'
import { bumpRevision } from './revision'
import type { Schema } from './schema'

export type PlanData = Omit<SamplePlan, 'tasks'> & {
  tasks: (Task & { milestones?: SamplePlan['tasks'][number]['milestones'] })[]
}

/** Rows per INSERT (and ids per `in (…)`): well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
export const batchSize = 500

export async function insertAll<Table extends keyof Schema>(
  tx: Kysely<Schema>,
  table: Table,
  rows: Insertable<Schema[Table]>[],
) {
  for (let start = 0; start < rows.length; start += batchSize) {
    // Kysely cannot narrow the row type through a generic table name; the callers' rows are typed per table.
    const batch = rows.slice(start, start + batchSize) as Parameters<
      ReturnType<typeof tx.insertInto<Table>>['values']
    >[0]
    await tx.insertInto(table).values(batch).execute()
  }
}

const utc = (timestamp: string) => new Date(timestamp).toISOString()

function planRows(plan: Plan) {
  return {
    plan: {
      id: plan.id,
      ...writeLocalized('title', plan.title),
      ...writeLocalized('committee', plan.committee),
      period_start: plan.period.start,
      period_end: plan.period.end,
      updated_at: plan.updatedAt,
    },
    sections: (plan.sections ?? []).map((s, position) => ({
      plan_id: plan.id,
      code: s.code,
      position,
      ...writeLocalized('title', s.title),
    })),
  }
}

const ownerRow = (o: Owner, position: number) => ({
  id: o.id,
  position,
  type: o.type,
  ...writeLocalized('name', o.name),
  ...writeLocalized('short_name', o.shortName),
})

async function insertIndicators(tx: Kysely<Schema>, indicators: Indicator[], fallbackUpdatedAt: string) {
  await insertAll(
    tx,
    'indicators',
    indicators.map((i, position) => ({
      id: i.id,
      position,
      code: i.code,
      sdg_target: i.sdgTarget,
      unit: i.unit,
      direction: i.direction,
      baseline_year: i.baseline.year,
      baseline_value: i.baseline.value,
      owner_id: i.ownerId ?? null,
      updated_at: i.updatedAt ?? fallbackUpdatedAt,
      ...writeLocalized('name', i.name),
      ...writeLocalized('source', i.source),
    })),
  )
  const levels = indicators.flatMap((i) =>
    (i.levels ?? []).map((label, position) => ({ indicator_id: i.id, position, ...writeLocalized('label', label) })),
  )
  await insertAll(tx, 'indicator_levels', levels)
  await insertYearValues(tx, indicators)
}

type YearValues = { year: number; value: number }[]

/** The targets and actuals of these indicators (the seed's, or an import's replacing what was there). */
export async function insertYearValues(
  tx: Kysely<Schema>,
  indicators: { id: string; targets: YearValues; actuals: YearValues }[],
): Promise<void> {
  const rows = (pick: (indicator: { targets: YearValues; actuals: YearValues }) => YearValues) =>
    indicators.flatMap((i) => pick(i).map((p) => ({ indicator_id: i.id, year: p.year, value: p.value })))
  await insertAll(
    tx,
    'indicator_targets',
    rows((i) => i.targets),
  )
  await insertAll(
    tx,
    'indicator_actuals',
    rows((i) => i.actuals),
  )
}

async function insertTasks(tx: Kysely<Schema>, tasks: PlanData['tasks']) {
  await insertAll(
    tx,
    'tasks',
    tasks.map((t, position) => ({
      id: t.id,
      position,
      code: t.code,
      status: t.status,
      progress: t.progress,
      owner_id: t.ownerId,
      start_date: t.startDate,
      due_date: t.dueDate,
      completed_date: t.completedDate ?? null,
      updated_at: t.updatedAt,
      ...writeLocalized('title', t.title),
      ...writeLocalized('description', t.description),
    })),
  )
  const partners = tasks.flatMap((t) =>
    t.partnerIds.map((owner_id, position) => ({ task_id: t.id, owner_id, position })),
  )
  await insertAll(tx, 'task_partners', partners)
  const targets = tasks.flatMap((t) =>
    t.sdgTargets.map((sdg_target, position) => ({ task_id: t.id, sdg_target, position })),
  )
  await insertAll(tx, 'task_sdg_targets', targets)
  const links = tasks.flatMap((t) =>
    t.indicatorIds.map((indicator_id, position) => ({ task_id: t.id, indicator_id, position })),
  )
  await insertAll(tx, 'task_indicators', links)
  const milestones = tasks.flatMap((t) =>
    (t.milestones ?? []).map((m, position) => ({
      task_id: t.id,
      position,
      due_date: m.dueDate,
      done: m.done ? 1 : 0,
      ...writeLocalized('title', m.title),
    })),
  )
  await insertAll(tx, 'milestones', milestones)
}

const updateRow = (u: TaskUpdate) => ({
  id: u.id,
  task_id: u.taskId,
  at: u.at,
  at_utc: utc(u.at),
  author: u.author,
  status: u.status,
  previous_status: u.previousStatus ?? null,
  progress: u.progress,
  report_id: null,
  author_id: null,
  ...writeLocalized('note', u.note),
})

/** Tables that hold the plan, children first, for `--replace`. Accounts, sessions and the audit log stay. */
const planTables = [
  'reports',
  'imports',
  'task_updates',
  'milestones',
  'task_indicators',
  'task_sdg_targets',
  'task_partners',
  'tasks',
  'indicator_actuals',
  'indicator_targets',
  'indicator_levels',
  'indicators',
  'plan_sections',
  'plans',
] as const

export async function hasPlan(db: Kysely<Schema>): Promise<boolean> {
  return (await db.selectFrom('plans').select('id').limit(1).executeTakeFirst()) !== undefined
}

export class PlanExistsError extends Error {}

export async function seedPlan(db: Kysely<Schema>, data: PlanData, options: { now: Date; replace?: boolean }) {
  await db.transaction().execute(async (tx: Transaction<Schema>) => {
    if (await hasPlan(tx)) {
      if (!options.replace)
        throw new PlanExistsError('The database already holds a plan (use --replace to load it anew)')
      for (const table of planTables) await tx.deleteFrom(table).execute()
      // Owners may still be referenced by user accounts: keep those rows and update the rest.
      const referenced = tx.selectFrom('users').select('owner_id').where('owner_id', 'is not', null)
      await tx.deleteFrom('owners').where('id', 'not in', referenced.$narrowType<{ owner_id: string }>()).execute()
    }
    const { plan, sections } = planRows(data.plan)
    await tx.insertInto('plans').values(plan).execute()
    await insertAll(tx, 'plan_sections', sections)
    const existingOwners = new Set((await tx.selectFrom('owners').select('id').execute()).map((o) => o.id))
    for (const [position, owner] of data.owners.entries()) {
      const row = ownerRow(owner, position)
      if (existingOwners.has(owner.id)) await tx.updateTable('owners').set(row).where('id', '=', owner.id).execute()
      else await tx.insertInto('owners').values(row).execute()
    }
    await insertIndicators(tx, data.indicators, data.plan.updatedAt)
    await insertTasks(tx, data.tasks)
    await insertAll(tx, 'task_updates', data.updates.map(updateRow))
    await tx
      .insertInto('audit')
      .values({
        id: randomUUID(),
        at: options.now.toISOString(),
        at_utc: options.now.toISOString(),
        actor_id: null,
        actor_name: null,
        action: options.replace ? 'plan.replaced' : 'plan.seeded',
        target: `plan:${data.plan.id}`,
        before: null,
        after: JSON.stringify({
          tasks: data.tasks.length,
          indicators: data.indicators.length,
          owners: data.owners.length,
        }),
      })
      .execute()
    await bumpRevision(tx)
  })
}
