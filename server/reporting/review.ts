// Approving a report applies it, in the same transaction as the report's new state, the audit entry and the
// revision bump, so the plan, the report and the log never disagree and cached reads change together. The report
// moves out of `submitted` with a conditional UPDATE: of two approvals racing, exactly one changes a row.
// The revision is bumped first, as an import's apply does (server/importing/imports.ts): taken last, an approval
// holding an activity's row would wait for an import waiting for that row, and PostgreSQL would abort one of them.
import type { Kysely } from 'kysely'
import type { User } from '../../src/api/schemas-v1-1'
import { writeAudit } from '../db/audit'
import { bumpRevision } from '../db/revision'
import type { Schema } from '../db/schema'
import { ApiError } from '../http/api-error'
import { randomUUID } from 'node:crypto'

const notSubmitted = () => new ApiError(409, 'not_submitted', 'This report has been reviewed already')

async function markReviewed(
  tx: Kysely<Schema>,
  reportId: string,
  state: 'approved' | 'returned',
  reviewer: User,
  comment: string | undefined,
  now: Date,
) {
  const result = await tx
    .updateTable('reports')
    .set({ state, reviewed_by: reviewer.id, reviewed_at: now.toISOString(), comment: comment ?? null })
    .where('id', '=', reportId)
    .where('state', '=', 'submitted')
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) throw notSubmitted()
}

async function applyTaskReport(tx: Kysely<Schema>, reportId: string, now: Date) {
  const report = await tx
    .selectFrom('reports')
    .innerJoin('users', 'users.id', 'reports.submitted_by')
    .selectAll('reports')
    .select('users.name as author')
    .where('reports.id', '=', reportId)
    .executeTakeFirstOrThrow()
  const task = await tx
    .selectFrom('tasks')
    .select(['id', 'status', 'progress', 'completed_date'])
    .where('id', '=', report.task_id as string)
    .executeTakeFirstOrThrow()
  const status = report.proposed_status as string
  const progress = report.proposed_progress as number
  const at = now.toISOString()
  const completedDate = status === 'completed' ? (task.completed_date ?? at.slice(0, 10)) : null
  await tx
    .updateTable('tasks')
    .set({ status, progress, updated_at: at, completed_date: completedDate })
    .where('id', '=', task.id)
    .execute()
  await tx
    .insertInto('task_updates')
    .values({
      id: `u-${randomUUID()}`,
      task_id: task.id,
      at,
      at_utc: at,
      author: report.author,
      author_id: report.submitted_by,
      status,
      previous_status: task.status,
      progress,
      report_id: reportId,
      note_kk: report.note_kk,
      note_ru: report.note_ru,
      note_en: report.note_en,
    })
    .execute()
  return {
    before: { taskId: task.id, status: task.status, progress: task.progress },
    after: { taskId: task.id, status, progress },
  }
}

async function applyIndicatorReport(tx: Kysely<Schema>, reportId: string, now: Date) {
  const report = await tx.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow()
  const indicatorId = report.indicator_id as string
  const year = report.proposed_year as number
  const value = report.proposed_value as number
  const old = await tx
    .selectFrom('indicator_actuals')
    .select('value')
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .executeTakeFirst()
  // That year's actual is replaced, never duplicated (the primary key is indicator + year).
  await tx.deleteFrom('indicator_actuals').where('indicator_id', '=', indicatorId).where('year', '=', year).execute()
  await tx.insertInto('indicator_actuals').values({ indicator_id: indicatorId, year, value }).execute()
  await tx.updateTable('indicators').set({ updated_at: now.toISOString() }).where('id', '=', indicatorId).execute()
  return {
    before: { indicatorId, year, value: old?.value ?? null },
    after: { indicatorId, year, value },
  }
}

/**
 * Inside the caller's transaction (a secretariat's own report is submitted and approved in one), which bumped the
 * revision before anything else.
 */
export async function approveIn(
  tx: Kysely<Schema>,
  reportId: string,
  reviewer: User,
  comment: string | undefined,
  now: Date,
) {
  await markReviewed(tx, reportId, 'approved', reviewer, comment, now)
  const kind = await tx.selectFrom('reports').select('kind').where('id', '=', reportId).executeTakeFirstOrThrow()
  const change =
    kind.kind === 'task_progress'
      ? await applyTaskReport(tx, reportId, now)
      : await applyIndicatorReport(tx, reportId, now)
  await writeAudit(
    tx,
    {
      actor: { id: reviewer.id, name: reviewer.name },
      action: 'report.approve',
      target: `report:${reportId}`,
      ...change,
    },
    now,
  )
}

export async function approveReport(
  db: Kysely<Schema>,
  reportId: string,
  reviewer: User,
  comment: string | undefined,
  now: Date,
) {
  await db.transaction().execute(async (tx) => {
    await bumpRevision(tx)
    await approveIn(tx, reportId, reviewer, comment, now)
  })
}

export async function returnReport(db: Kysely<Schema>, reportId: string, reviewer: User, comment: string, now: Date) {
  await db.transaction().execute(async (tx) => {
    await markReviewed(tx, reportId, 'returned', reviewer, comment, now)
    await writeAudit(
      tx,
      {
        actor: { id: reviewer.id, name: reviewer.name },
        action: 'report.return',
        target: `report:${reportId}`,
        after: { comment },
      },
      now,
    )
  })
}
