// Progress reports and indicator values as submitted, with who submitted and who reviewed them.
import type { Kysely, Selectable } from 'kysely'
import type { TaskStatus } from '../../src/api/schemas'
import type { Report, ReportState } from '../../src/api/schemas-v1-1'
import { readLocalized } from './localized'
import type { ReportTable, Schema } from './schema'

type Row = Selectable<ReportTable> & { submitter_name: string; reviewer_name: string | null }

function toReport(row: Row): Report {
  const note = readLocalized(row, 'note')
  const common = {
    id: row.id,
    state: row.state,
    ...(note ? { note } : {}),
    basedOn: row.based_on,
    submittedBy: { id: row.submitted_by, name: row.submitter_name },
    submittedAt: row.submitted_at,
    reviewedBy: row.reviewed_by !== null ? { id: row.reviewed_by, name: row.reviewer_name ?? '' } : null,
    reviewedAt: row.reviewed_at,
    comment: row.comment,
  }
  if (row.kind === 'task_progress') {
    return {
      ...common,
      kind: 'task_progress',
      taskId: row.task_id as string,
      proposed: { status: row.proposed_status as TaskStatus, progress: row.proposed_progress as number },
      previous:
        row.previous_status !== null
          ? { status: row.previous_status as TaskStatus, progress: row.previous_progress as number }
          : null,
    }
  }
  const source = readLocalized(row, 'source')
  return {
    ...common,
    kind: 'indicator_value',
    indicatorId: row.indicator_id as string,
    ...(source ? { source } : {}),
    proposed: { year: row.proposed_year as number, value: row.proposed_value as number },
    previous: row.previous_value !== null ? { year: row.previous_year as number, value: row.previous_value } : null,
  }
}

function selectReports(db: Kysely<Schema>) {
  return db
    .selectFrom('reports')
    .innerJoin('users as submitter', 'submitter.id', 'reports.submitted_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'reports.reviewed_by')
    .selectAll('reports')
    .select(['submitter.name as submitter_name', 'reviewer.name as reviewer_name'])
}

export async function getReport(db: Kysely<Schema>, id: string): Promise<Report | undefined> {
  const row = await selectReports(db).where('reports.id', '=', id).executeTakeFirst()
  return row && toReport(row)
}

export interface ReportFilter {
  state?: ReportState
  taskId?: string
  indicatorId?: string
  /** Only reports on this organisation's activities and indicators (a reporter's view). */
  ownerId?: string
}

export async function listReports(db: Kysely<Schema>, filter: ReportFilter): Promise<Report[]> {
  const rows = await selectReports(db)
    .leftJoin('tasks', 'tasks.id', 'reports.task_id')
    .leftJoin('indicators', 'indicators.id', 'reports.indicator_id')
    .$if(filter.state !== undefined, (q) => q.where('reports.state', '=', filter.state as ReportState))
    .$if(filter.taskId !== undefined, (q) => q.where('reports.task_id', '=', filter.taskId as string))
    .$if(filter.indicatorId !== undefined, (q) => q.where('reports.indicator_id', '=', filter.indicatorId as string))
    .$if(filter.ownerId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('tasks.owner_id', '=', filter.ownerId as string),
          eb('indicators.owner_id', '=', filter.ownerId as string),
        ]),
      ),
    )
    .orderBy('reports.submitted_at_utc', 'desc')
    .orderBy('reports.id', 'desc')
    .limit(1000)
    .execute()
  return rows.map(toReport)
}
