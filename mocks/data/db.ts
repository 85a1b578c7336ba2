// The mock API's in-memory database: the sample plan (sample-plan.ts), resettable. Fixtures are parsed with the
// app's own schemas when it seeds, so a fixture that drifts from the contract fails loudly here rather than quietly
// in a screen. Contract v1.1 adds accounts (accounts.ts), reports, the audit log and import previews.
import type { ImportState } from '../../src/api/schemas-import'
import type { AuditEntry, Report, User } from '../../src/api/schemas-v1-1'
import type { ImportResult } from '../../src/workbook/import-result'
import type { WorkbookRows } from '../../src/workbook/workbook-rows'
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
  /** Import previews (issue 14), newest first. */
  imports: MockImport[]
}

export interface MockImport {
  id: string
  state: ImportState
  createdAt: string
  result: Pick<ImportResult, 'counts' | 'sheets' | 'issues'>
  /** The workbook as read: apply works the changes out from it again, with removeMissing. */
  workbook: WorkbookRows
  /** The plan as it was previewed against (see plan-fingerprint.ts): apply refuses if it changed since. */
  basis: string
}

export function seed(today: Date = new Date()): Db {
  const plan = samplePlan(today)
  return { ...plan, users: sampleAccounts(plan.owners), reports: [], audit: [], signInFailures: {}, imports: [] }
}

export const db: Db = seed()

/** Re-seed in place (tests call it after pinning the clock); signs the mock session out. */
export function resetDb(today: Date = new Date()): void {
  Object.assign(db, seed(today))
  mockSession.end()
}
