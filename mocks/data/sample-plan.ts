// The sample plan as of a given day: the fixture JSON parsed with the app's own schemas and moved to that day.
// Pure (no msw), so the mock API (mocks/data/db.ts) and the real server's seed (server/db/seed.ts) load the very
// same plan and answer with the same bodies.
import * as z from 'zod/mini'
import {
  indicatorListSchema,
  isoDate,
  milestoneSchema,
  ownerListSchema,
  planSchema,
  taskSchema,
  taskUpdateListSchema,
  type Indicator,
  type Milestone,
  type Owner,
  type Plan,
  type Task,
  type TaskUpdate,
} from '../../src/api/schemas'
import indicatorsJson from './indicators.json'
import ownersJson from './owners.json'
import planJson from './plan.json'
import tasksJson from './tasks.json'
import updatesJson from './updates.json'
import { daysBetween, localIsoDate, shiftDate, shiftTimestamp } from './dates'

const taskFixturesSchema = z.object({
  referenceDate: isoDate,
  items: z.array(z.extend(taskSchema, { milestones: z.array(milestoneSchema) })),
})

export type TaskRecord = Task & { milestones: Milestone[] }

export interface SamplePlan {
  plan: Plan
  owners: Owner[]
  tasks: TaskRecord[]
  indicators: Indicator[]
  /** Newest first. */
  updates: TaskUpdate[]
}

function shiftTask(task: TaskRecord, days: number): TaskRecord {
  return {
    ...task,
    startDate: shiftDate(task.startDate, days),
    dueDate: shiftDate(task.dueDate, days),
    completedDate: task.completedDate ? shiftDate(task.completedDate, days) : task.completedDate,
    updatedAt: shiftTimestamp(task.updatedAt, days),
    milestones: task.milestones.map((m) => ({ ...m, dueDate: shiftDate(m.dueDate, days) })),
  }
}

export function samplePlan(today: Date): SamplePlan {
  const fixtures = taskFixturesSchema.parse(tasksJson)
  const days = daysBetween(fixtures.referenceDate, localIsoDate(today))
  const plan = planSchema.parse(planJson)
  const planUpdatedAt = shiftTimestamp(plan.updatedAt, days)
  return {
    plan: { ...plan, updatedAt: planUpdatedAt },
    owners: ownerListSchema.parse(ownersJson).items,
    tasks: fixtures.items.map((task) => shiftTask(task, days)),
    // Contract v1.1: an indicator carries the time it last changed. The fixtures were all last touched when the
    // plan was, so they share its timestamp (an indicator's years are statistical years and are never shifted).
    indicators: indicatorListSchema
      .parse(indicatorsJson)
      .items.map((indicator) => ({ ...indicator, updatedAt: indicator.updatedAt ?? planUpdatedAt })),
    updates: taskUpdateListSchema.parse(updatesJson).items.map((u) => ({ ...u, at: shiftTimestamp(u.at, days) })),
  }
}

export function toTask({ milestones: _milestones, ...task }: TaskRecord): Task {
  return task
}
