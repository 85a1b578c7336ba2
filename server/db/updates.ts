// Activity updates, newest first. `at` is kept as written (with its offset); `at_utc` orders them.
import type { Kysely, Selectable } from 'kysely'
import type { TaskStatus, TaskUpdate } from '../../src/api/schemas'
import { readLocalized } from './localized'
import type { Schema, TaskUpdateTable } from './schema'

function toUpdate(row: Selectable<TaskUpdateTable>): TaskUpdate {
  const note = readLocalized(row, 'note')
  return {
    id: row.id,
    taskId: row.task_id,
    at: row.at,
    author: row.author,
    status: row.status as TaskStatus,
    previousStatus: row.previous_status as TaskStatus | null,
    progress: row.progress,
    ...(note ? { note } : {}),
  }
}

/**
 * Updates whose `at` falls on or after the calendar date `since` as written in `at` itself (its own offset), the
 * way the plan's staff read them, and the way the mock API filters. The text prefix of `at` is that date.
 */
export async function listUpdatesSince(db: Kysely<Schema>, since: string): Promise<TaskUpdate[]> {
  const rows = await db
    .selectFrom('task_updates')
    .selectAll()
    // `at` starts with YYYY-MM-DD, so comparing the text with `since` compares dates. A cheap index prefilter on
    // at_utc is possible later; ±14 h of offsets would have to be allowed for.
    .where('at', '>=', since)
    .orderBy('at_utc', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map(toUpdate)
}

export async function listUpdatesOfTask(db: Kysely<Schema>, taskId: string): Promise<TaskUpdate[]> {
  const rows = await db
    .selectFrom('task_updates')
    .selectAll()
    .where('task_id', '=', taskId)
    .orderBy('at_utc', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map(toUpdate)
}
