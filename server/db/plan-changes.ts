// Writes an import's PlanChanges (src/workbook/plan-changes.ts) inside the caller's transaction: organisations,
// indicators (with their targets and actuals), then activities (with their partners, SDG targets and indicator
// links), inserts and updates first and deletes last, children before parents, so every reference points at a
// row that exists. Set-based where it can be (one statement per 500 rows), so 10,000 activities stay quick.
import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Owner } from '../../src/api/schemas'
import type { IndicatorFields, PlanChanges, TaskFields } from '../../src/workbook/plan-changes'
import { writeLocalized } from './localized'
import { batchSize, insertAll, insertYearValues } from './seed'
import type { Schema } from './schema'

export class OwnerInUseError extends Error {
  constructor(readonly ownerIds: string[]) {
    super(`Organisations still have sign-in accounts: ${ownerIds.join(', ')}`)
  }
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let start = 0; start < items.length; start += batchSize) out.push(items.slice(start, start + batchSize))
  return out
}

/** Positions after the current last one, in the order the workbook lists the new rows. */
async function nextPosition(tx: Kysely<Schema>, table: 'owners' | 'indicators' | 'tasks'): Promise<number> {
  const row = await tx
    .selectFrom(table)
    .select(sql<number | null>`max(position)`.as('last'))
    .executeTakeFirst()
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1
}

const ownerColumns = (o: Owner) => ({
  type: o.type,
  ...writeLocalized('name', o.name),
  ...writeLocalized('short_name', o.shortName),
})

async function writeOwners(tx: Kysely<Schema>, { inserts, updates }: PlanChanges['owners']) {
  const first = await nextPosition(tx, 'owners')
  await insertAll(
    tx,
    'owners',
    inserts.map((o, i) => ({ id: o.id, position: first + i, ...ownerColumns(o) })),
  )
  for (const o of updates) await tx.updateTable('owners').set(ownerColumns(o)).where('id', '=', o.id).execute()
}

const indicatorColumns = (i: IndicatorFields, now: string) => ({
  code: i.code,
  sdg_target: i.sdgTarget,
  unit: i.unit,
  direction: i.direction,
  baseline_year: i.baseline.year,
  baseline_value: i.baseline.value,
  owner_id: i.ownerId ?? null,
  updated_at: now,
  ...writeLocalized('name', i.name),
  ...writeLocalized('source', i.source),
})

/** Targets and actuals of these indicators, replaced by the workbook's. */
async function replaceYearValues(tx: Kysely<Schema>, indicators: IndicatorFields[]) {
  for (const batch of batches(indicators)) {
    const ids = batch.map((i) => i.id)
    await tx.deleteFrom('indicator_targets').where('indicator_id', 'in', ids).execute()
    await tx.deleteFrom('indicator_actuals').where('indicator_id', 'in', ids).execute()
  }
  await insertYearValues(tx, indicators)
}

async function writeIndicators(tx: Kysely<Schema>, { inserts, updates }: PlanChanges['indicators'], now: string) {
  const first = await nextPosition(tx, 'indicators')
  await insertAll(
    tx,
    'indicators',
    inserts.map((i, n) => ({ id: i.id, position: first + n, ...indicatorColumns(i, now) })),
  )
  // Levels are not in the workbook: a new indicator gets the ones it arrives with, an existing one keeps its own.
  const levels = inserts.flatMap((i) =>
    (i.levels ?? []).map((label, position) => ({ indicator_id: i.id, position, ...writeLocalized('label', label) })),
  )
  await insertAll(tx, 'indicator_levels', levels)
  for (const i of updates)
    await tx.updateTable('indicators').set(indicatorColumns(i, now)).where('id', '=', i.id).execute()
  await replaceYearValues(tx, [...inserts, ...updates])
}

const taskColumns = (t: TaskFields, now: string) => ({
  code: t.code,
  status: t.status,
  progress: t.progress,
  owner_id: t.ownerId,
  start_date: t.startDate,
  due_date: t.dueDate,
  completed_date: t.completedDate ?? null,
  updated_at: now,
  ...writeLocalized('title', t.title),
  ...writeLocalized('description', t.description),
})

/** Partners, SDG targets and indicator links of these activities, replaced by the workbook's. */
async function replaceTaskLinks(tx: Kysely<Schema>, tasks: TaskFields[]) {
  for (const batch of batches(tasks)) {
    const ids = batch.map((t) => t.id)
    for (const table of ['task_partners', 'task_sdg_targets', 'task_indicators'] as const)
      await tx.deleteFrom(table).where('task_id', 'in', ids).execute()
  }
  await insertAll(
    tx,
    'task_partners',
    tasks.flatMap((t) => t.partnerIds.map((owner_id, position) => ({ task_id: t.id, owner_id, position }))),
  )
  await insertAll(
    tx,
    'task_sdg_targets',
    tasks.flatMap((t) => t.sdgTargets.map((sdg_target, position) => ({ task_id: t.id, sdg_target, position }))),
  )
  await insertAll(
    tx,
    'task_indicators',
    tasks.flatMap((t) => t.indicatorIds.map((indicator_id, position) => ({ task_id: t.id, indicator_id, position }))),
  )
}

/** Who applied the import: the author of the activity updates it writes. */
export interface ImportAuthor {
  id: string
  name: string
}

/** The note of an update written by an import, in the three languages of the plan's data. */
const importNote = {
  note_kk: 'Жоспар Excel-ден импортталғанда өзгертілді.',
  note_ru: 'Изменено при импорте плана из Excel.',
  note_en: 'Changed when the plan was imported from Excel.',
}

/**
 * An activity update for each changed activity whose status or progress the workbook changes, as an approved report
 * writes one: the list of changes and the activity's history show it. Read in the transaction, before the
 * activities are written.
 */
async function writeTaskUpdates(tx: Kysely<Schema>, updates: TaskFields[], now: string, author: ImportAuthor) {
  const before = new Map<string, { status: string; progress: number }>()
  for (const batch of batches(updates)) {
    const rows = await tx
      .selectFrom('tasks')
      .select(['id', 'status', 'progress'])
      .where(
        'id',
        'in',
        batch.map((t) => t.id),
      )
      .execute()
    for (const row of rows) before.set(row.id, row)
  }
  const changed = updates.filter((t) => {
    const was = before.get(t.id)
    return was && (was.status !== t.status || was.progress !== t.progress)
  })
  await insertAll(
    tx,
    'task_updates',
    changed.map((t) => ({
      id: `u-${randomUUID()}`,
      task_id: t.id,
      at: now,
      at_utc: now,
      author: author.name,
      author_id: author.id,
      status: t.status,
      previous_status: before.get(t.id)?.status ?? null,
      progress: t.progress,
      report_id: null,
      ...importNote,
    })),
  )
}

async function writeTasks(
  tx: Kysely<Schema>,
  { inserts, updates }: PlanChanges['tasks'],
  now: string,
  author: ImportAuthor,
) {
  await writeTaskUpdates(tx, updates, now, author)
  const first = await nextPosition(tx, 'tasks')
  await insertAll(
    tx,
    'tasks',
    inserts.map((t, n) => ({ id: t.id, position: first + n, ...taskColumns(t, now) })),
  )
  for (const t of updates) await tx.updateTable('tasks').set(taskColumns(t, now)).where('id', '=', t.id).execute()
  await replaceTaskLinks(tx, [...inserts, ...updates])
}

/**
 * Activities first (their milestones, updates and reports go with them), then indicators (links from activities
 * that stay are dropped), then organisations, which must not be referenced any more: an organisation with sign-in
 * accounts is refused (OwnerInUseError) rather than leaving accounts that belong to nobody.
 */
async function deleteMissing(tx: Kysely<Schema>, changes: PlanChanges) {
  for (const ids of batches(changes.tasks.deletes)) await tx.deleteFrom('tasks').where('id', 'in', ids).execute()
  for (const ids of batches(changes.indicators.deletes)) {
    await tx.deleteFrom('task_indicators').where('indicator_id', 'in', ids).execute()
    await tx.deleteFrom('indicators').where('id', 'in', ids).execute()
  }
  const owners = changes.owners.deletes
  if (owners.length === 0) return
  const withAccounts = new Set<string>()
  for (const ids of batches(owners)) {
    const rows = await tx.selectFrom('users').select('owner_id').where('owner_id', 'in', ids).execute()
    for (const row of rows) if (row.owner_id !== null) withAccounts.add(row.owner_id)
  }
  if (withAccounts.size > 0) throw new OwnerInUseError([...withAccounts].sort())
  for (const ids of batches(owners)) {
    await tx.deleteFrom('task_partners').where('owner_id', 'in', ids).execute()
    await tx.updateTable('indicators').set({ owner_id: null }).where('owner_id', 'in', ids).execute()
    await tx.deleteFrom('owners').where('id', 'in', ids).execute()
  }
}

/**
 * Call inside a transaction (with the audit entry and the revision bump): all of it lands, or none. The deletes
 * are there only when the secretariat asked for removeMissing. `author` signs the activity updates it writes.
 */
export async function writePlanChanges(tx: Kysely<Schema>, changes: PlanChanges, now: Date, author: ImportAuthor) {
  const at = now.toISOString()
  await writeOwners(tx, changes.owners)
  await writeIndicators(tx, changes.indicators, at)
  await writeTasks(tx, changes.tasks, at, author)
  await deleteMissing(tx, changes)
}
