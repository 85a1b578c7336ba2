// Activities: the task row plus its partners, SDG targets and indicator links (and, for one activity, milestones).
import type { Kysely, Selectable } from 'kysely'
import type { Milestone, Task, TaskStatus } from '../../src/api/schemas'
import { groupBy } from './group'
import { readLocalized, readRequiredLocalized } from './localized'
import type { Schema, TaskTable } from './schema'

type Links = Pick<Task, 'partnerIds' | 'sdgTargets' | 'indicatorIds'>

function toTask(row: Selectable<TaskTable>, links: Links): Task {
  const description = readLocalized(row, 'description')
  return {
    id: row.id,
    code: row.code,
    title: readRequiredLocalized(row, 'title', `activity ${row.id}`),
    ...(description ? { description } : {}),
    status: row.status as TaskStatus,
    progress: row.progress,
    ownerId: row.owner_id,
    ...links,
    startDate: row.start_date,
    dueDate: row.due_date,
    completedDate: row.completed_date,
    updatedAt: row.updated_at,
  }
}

/** Links of the given activities, or of all of them (one query per link table either way). */
async function readLinks(db: Kysely<Schema>, taskId?: string) {
  const [partners, targets, indicators] = await Promise.all([
    db
      .selectFrom('task_partners')
      .select(['task_id', 'owner_id'])
      .$if(taskId !== undefined, (q) => q.where('task_id', '=', taskId as string))
      .orderBy('task_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('task_sdg_targets')
      .select(['task_id', 'sdg_target'])
      .$if(taskId !== undefined, (q) => q.where('task_id', '=', taskId as string))
      .orderBy('task_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('task_indicators')
      .select(['task_id', 'indicator_id'])
      .$if(taskId !== undefined, (q) => q.where('task_id', '=', taskId as string))
      .orderBy('task_id')
      .orderBy('position')
      .execute(),
  ])
  const partnerIds = groupBy(
    partners,
    (r) => r.task_id,
    (r) => r.owner_id,
  )
  const sdgTargets = groupBy(
    targets,
    (r) => r.task_id,
    (r) => r.sdg_target,
  )
  const indicatorIds = groupBy(
    indicators,
    (r) => r.task_id,
    (r) => r.indicator_id,
  )
  return (id: string): Links => ({
    partnerIds: partnerIds(id),
    sdgTargets: sdgTargets(id),
    indicatorIds: indicatorIds(id),
  })
}

/** The whole plan, in its own order: four queries whatever the number of activities. */
export async function listTasks(db: Kysely<Schema>): Promise<Task[]> {
  const [rows, links] = await Promise.all([
    db.selectFrom('tasks').selectAll().orderBy('position').orderBy('id').execute(),
    readLinks(db),
  ])
  return rows.map((row) => toTask(row, links(row.id)))
}

export async function getTask(
  db: Kysely<Schema>,
  id: string,
): Promise<(Task & { milestones: Milestone[] }) | undefined> {
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const [links, milestones] = await Promise.all([
    readLinks(db, id),
    db.selectFrom('milestones').selectAll().where('task_id', '=', id).orderBy('position').execute(),
  ])
  return {
    ...toTask(row, links(id)),
    milestones: milestones.map((m) => ({
      title: readRequiredLocalized(m, 'title', `milestone ${m.position} of activity ${id}`),
      dueDate: m.due_date,
      done: m.done === 1,
    })),
  }
}
