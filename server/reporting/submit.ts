// Submitting a report: who may, whether the reporter saw the current values (basedOn), and the secretariat's own
// reports approved at once. The staleness check runs inside the transaction that inserts the report.
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { IndicatorReportInput, TaskReportInput, User } from '../../src/api/schemas-v1-1'
import { writeAudit } from '../db/audit'
import { writeLocalized } from '../db/localized'
import { bumpRevision } from '../db/revision'
import type { ReportTable, Schema } from '../db/schema'
import { ApiError } from '../http/api-error'
import { approveIn } from './review'

/** 409 `stale`: the record changed after the reporter opened it. The route adds the current record to the body. */
export class StaleError extends ApiError {
  constructor() {
    super(409, 'stale', 'This changed after you opened it; check the current values and submit again')
  }
}

export function mayReportFor(user: User, ownerId: string | null): boolean {
  return user.role === 'secretariat' || (user.role === 'reporter' && ownerId !== null && user.ownerId === ownerId)
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b)

type Common = Pick<ReportTable, 'id' | 'state' | 'based_on' | 'submitted_by' | 'submitted_at' | 'submitted_at_utc'>

function common(user: User, basedOn: string, now: Date): Common {
  return {
    id: `r-${randomUUID()}`,
    state: 'submitted',
    based_on: basedOn,
    submitted_by: user.id,
    submitted_at: now.toISOString(),
    submitted_at_utc: now.toISOString(),
  }
}

const empty = {
  task_id: null,
  indicator_id: null,
  proposed_status: null,
  proposed_progress: null,
  proposed_year: null,
  proposed_value: null,
  previous_status: null,
  previous_progress: null,
  previous_year: null,
  previous_value: null,
  reviewed_by: null,
  reviewed_at: null,
  comment: null,
}

async function finish(tx: Kysely<Schema>, id: string, user: User, after: unknown, now: Date) {
  await writeAudit(
    tx,
    { actor: { id: user.id, name: user.name }, action: 'report.submit', target: `report:${id}`, after },
    now,
  )
  if (approvedAtOnce(user)) await approveIn(tx, id, user, undefined, now)
}

/** The secretariat's own report is approved as it is submitted, in the same transaction. */
const approvedAtOnce = (user: User) => user.role === 'secretariat'

/** Such a transaction bumps the revision before anything else, as an approval does (review.ts). */
async function bumpIfApprovedAtOnce(tx: Kysely<Schema>, user: User) {
  if (approvedAtOnce(user)) await bumpRevision(tx)
}

export async function submitTaskReport(
  db: Kysely<Schema>,
  taskId: string,
  input: TaskReportInput,
  user: User,
  now: Date,
) {
  return db.transaction().execute(async (tx) => {
    await bumpIfApprovedAtOnce(tx, user)
    const task = await tx.selectFrom('tasks').selectAll().where('id', '=', taskId).executeTakeFirst()
    if (!task) throw new ApiError(404, 'not_found', `No activity with id "${taskId}"`)
    if (!mayReportFor(user, task.owner_id)) throw new ApiError(403, 'forbidden', 'You may not report on this activity')
    if (!sameInstant(input.basedOn, task.updated_at)) throw new StaleError()
    const row = {
      ...empty,
      ...common(user, input.basedOn, now),
      kind: 'task_progress' as const,
      task_id: taskId,
      proposed_status: input.status,
      proposed_progress: input.progress,
      previous_status: task.status,
      previous_progress: task.progress,
      ...writeLocalized('note', input.note),
      ...writeLocalized('source', undefined),
    }
    await tx.insertInto('reports').values(row).execute()
    await finish(tx, row.id, user, { taskId, status: input.status, progress: input.progress }, now)
    return row.id
  })
}

export async function submitIndicatorReport(
  db: Kysely<Schema>,
  indicatorId: string,
  input: IndicatorReportInput,
  user: User,
  now: Date,
) {
  return db.transaction().execute(async (tx) => {
    await bumpIfApprovedAtOnce(tx, user)
    const indicator = await tx.selectFrom('indicators').selectAll().where('id', '=', indicatorId).executeTakeFirst()
    if (!indicator) throw new ApiError(404, 'not_found', `No indicator with id "${indicatorId}"`)
    if (!mayReportFor(user, indicator.owner_id))
      throw new ApiError(403, 'forbidden', 'You may not report on this indicator')
    if (!sameInstant(input.basedOn, indicator.updated_at)) throw new StaleError()
    const actual = await tx
      .selectFrom('indicator_actuals')
      .select('value')
      .where('indicator_id', '=', indicatorId)
      .where('year', '=', input.year)
      .executeTakeFirst()
    const row = {
      ...empty,
      ...common(user, input.basedOn, now),
      kind: 'indicator_value' as const,
      indicator_id: indicatorId,
      proposed_year: input.year,
      proposed_value: input.value,
      previous_year: actual ? input.year : null,
      previous_value: actual?.value ?? null,
      ...writeLocalized('note', input.note),
      ...writeLocalized('source', input.source),
    }
    await tx.insertInto('reports').values(row).execute()
    await finish(tx, row.id, user, { indicatorId, year: input.year, value: input.value }, now)
    return row.id
  })
}
