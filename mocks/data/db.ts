// The mock API's in-memory database: the sample plan (sample-plan.ts), resettable. Fixtures are parsed with the
// app's own schemas when it seeds, so a fixture that drifts from the contract fails loudly here rather than quietly
// in a screen. Contract v1.1 adds accounts (accounts.ts), reports and the audit log.
import type { AuditEntry, Report, User } from '../../src/api/schemas-v1-1'
import { mockSession, sampleAccounts } from './accounts'
import { samplePlan, type SamplePlan } from './sample-plan'

export { toTask } from './sample-plan'

export type Db = SamplePlan & {
  users: User[]
  /** Newest first. */
  reports: Report[]
  /** Newest first; append-only. */
  audit: AuditEntry[]
  /** Failed sign-ins by email, for the throttle (429 after 5). */
  signInFailures: Record<string, number>
}

export function seed(today: Date = new Date()): Db {
  const plan = samplePlan(today)
  return { ...plan, users: sampleAccounts(plan.owners), reports: [], audit: [], signInFailures: {} }
}

export const db: Db = seed()

/** Re-seed in place (tests call it after pinning the clock); signs the mock session out. */
export function resetDb(today: Date = new Date()): void {
  Object.assign(db, seed(today))
  mockSession.end()
}
