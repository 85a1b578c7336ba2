// An import's PlanChanges written to the mock's in-memory plan, as the server writes them to its database
// (server/db/plan-changes.ts): records replaced whole, new ones appended, then the deletes.
import type { PlanChanges } from '../../src/workbook/plan-changes'
import type { PlanData } from '../../src/workbook/plan-data'
import { db, toTask } from './db'

/** What an upload is compared with: the plan as the API serves it. */
export function currentPlanData(): PlanData {
  return { plan: db.plan, owners: db.owners, tasks: db.tasks.map(toTask), indicators: db.indicators }
}

/** The mock keeps no revision: the plan's own content stands for it, so any change since the preview shows. */
export function planFingerprint(): string {
  return JSON.stringify(currentPlanData())
}

function upsert<T extends { id: string }>(records: T[], inserts: T[], updates: T[]): T[] {
  const replaced = new Map(updates.map((r) => [r.id, r]))
  return [...records.map((r) => replaced.get(r.id) ?? r), ...inserts]
}

export function writePlanChanges(changes: PlanChanges, now: string): void {
  db.owners = upsert(db.owners, changes.owners.inserts, changes.owners.updates)
  const levelsOf = new Map(db.indicators.map((i) => [i.id, i.levels]))
  db.indicators = upsert(
    db.indicators,
    changes.indicators.inserts.map((i) => ({ ...i, updatedAt: now })),
    // Levels are not in the workbook: an existing indicator keeps its own.
    changes.indicators.updates.map(({ levels: _levels, ...i }) => {
      const levels = levelsOf.get(i.id)
      return { ...i, ...(levels ? { levels } : {}), updatedAt: now }
    }),
  )
  const milestonesOf = new Map(db.tasks.map((t) => [t.id, t.milestones]))
  db.tasks = upsert(
    db.tasks,
    changes.tasks.inserts.map((t) => ({ ...t, updatedAt: now, milestones: [] })),
    changes.tasks.updates.map((t) => ({ ...t, updatedAt: now, milestones: milestonesOf.get(t.id) ?? [] })),
  )
  // Deletes are there only when the secretariat asked for removeMissing.
  const gone = (ids: string[]) => new Set(ids)
  const tasks = gone(changes.tasks.deletes)
  const indicators = gone(changes.indicators.deletes)
  const owners = gone(changes.owners.deletes)
  db.tasks = db.tasks
    .filter((t) => !tasks.has(t.id))
    .map((t) => ({
      ...t,
      indicatorIds: t.indicatorIds.filter((id) => !indicators.has(id)),
      partnerIds: t.partnerIds.filter((id) => !owners.has(id)),
    }))
  db.updates = db.updates.filter((u) => !tasks.has(u.taskId))
  db.reports = db.reports.filter(
    (r) => !(r.kind === 'task_progress' ? tasks.has(r.taskId) : indicators.has(r.indicatorId)),
  )
  db.indicators = db.indicators
    .filter((i) => !indicators.has(i.id))
    .map(({ ownerId, ...i }) => (ownerId && !owners.has(ownerId) ? { ...i, ownerId } : i))
  db.owners = db.owners.filter((o) => !owners.has(o.id))
}
