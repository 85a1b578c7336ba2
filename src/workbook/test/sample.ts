// The sample plan as the workbook functions take it, for the tests.
import { samplePlan, toTask } from '../../../mocks/data/sample-plan'
import type { PlanData } from '../plan-data'

export function samplePlanData(): PlanData {
  const sample = samplePlan(new Date('2026-06-01T12:00:00+05:00'))
  return { plan: sample.plan, owners: sample.owners, tasks: sample.tasks.map(toTask), indicators: sample.indicators }
}
