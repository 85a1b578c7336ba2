// The mock API's in-memory database. Fixtures are parsed with the app's own schemas when it seeds, so a fixture
// that drifts from the contract fails loudly here rather than quietly in a screen.
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

type TaskRecord = Task & { milestones: Milestone[] }

export interface Db {
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

export function seed(today: Date = new Date()): Db {
  const fixtures = taskFixturesSchema.parse(tasksJson)
  const days = daysBetween(fixtures.referenceDate, localIsoDate(today))
  const plan = planSchema.parse(planJson)
  return {
    plan: { ...plan, updatedAt: shiftTimestamp(plan.updatedAt, days) },
    owners: ownerListSchema.parse(ownersJson).items,
    tasks: fixtures.items.map((task) => shiftTask(task, days)),
    indicators: indicatorListSchema.parse(indicatorsJson).items,
    updates: taskUpdateListSchema.parse(updatesJson).items.map((u) => ({ ...u, at: shiftTimestamp(u.at, days) })),
  }
}

export const db: Db = seed()

/** Re-seed in place (tests call it after pinning the clock). */
export function resetDb(today: Date = new Date()): void {
  Object.assign(db, seed(today))
}

export function toTask({ milestones: _milestones, ...task }: TaskRecord): Task {
  return task
}
