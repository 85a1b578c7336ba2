// The mock API's in-memory database: the sample plan (sample-plan.ts), resettable. Fixtures are parsed with the
// app's own schemas when it seeds, so a fixture that drifts from the contract fails loudly here rather than quietly
// in a screen.
import { samplePlan, type SamplePlan } from './sample-plan'

export { toTask } from './sample-plan'

export type Db = SamplePlan

export function seed(today: Date = new Date()): Db {
  return samplePlan(today)
}

export const db: Db = seed()

/** Re-seed in place (tests call it after pinning the clock). */
export function resetDb(today: Date = new Date()): void {
  Object.assign(db, seed(today))
}
