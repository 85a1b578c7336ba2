// The plan as the workbook functions see it (src/workbook/plan-data.ts): what GET /plan.xlsx writes and what an
// upload is compared with. The same reads as the API's, so the workbook says what the dashboard shows.
import type { Kysely } from 'kysely'
import type { PlanData } from '../../src/workbook/plan-data'
import { listIndicators } from './indicators'
import { listOwners } from './owners'
import { getPlan } from './plan'
import type { Schema } from './schema'
import { listTasks } from './tasks'

/** Undefined before a plan has been loaded. */
export async function readPlanData(db: Kysely<Schema>): Promise<PlanData | undefined> {
  const [plan, owners, tasks, indicators] = await Promise.all([
    getPlan(db),
    listOwners(db),
    listTasks(db),
    listIndicators(db),
  ])
  return plan && { plan, owners, tasks, indicators }
}
