// What the workbook is written from and what an import is compared with: the plan as the API serves it. The server
// builds it from its db layer (getPlan, owners, tasks, indicators), the mock API from its db; both are the contract's
// own types, so either can call the workbook functions.
import type { Indicator, Owner, Plan, Task } from '../api/schemas'

export interface PlanData {
  plan: Plan
  owners: Owner[]
  /** Activities without milestones or updates: the workbook carries neither. */
  tasks: Task[]
  indicators: Indicator[]
}
