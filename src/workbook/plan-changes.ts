// What applying an import writes, already normalised and checked: whole records per resource. The server writes
// them in one transaction in this order: owners, indicators, tasks (inserts and updates), then deletes in reverse
// (tasks, indicators, owners), so every reference points at a row that exists.
import type { Indicator, Owner, Task } from '../api/schemas'

/** An activity as the workbook sets it; `updatedAt` is the server's to set, milestones stay as they are. */
export type TaskFields = Omit<Task, 'updatedAt'>
/** An indicator as the workbook sets it; targets and actuals replace the stored ones, levels stay as they are. */
export type IndicatorFields = Omit<Indicator, 'updatedAt'>

export interface ResourceChanges<T> {
  /** New records; their ids are new (made from the code, unique among the plan's ids). */
  inserts: T[]
  /** Existing records (same id) with at least one field changed. */
  updates: T[]
  /** Ids to delete: only when the import was previewed with removeMissing. */
  deletes: string[]
}

export interface PlanChanges {
  owners: ResourceChanges<Owner>
  indicators: ResourceChanges<IndicatorFields>
  tasks: ResourceChanges<TaskFields>
}
