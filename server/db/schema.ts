// The tables as Kysely sees them (migrations/0001_initial.ts creates them). Column names are the database's own
// snake_case; the query files map rows to the contract's shapes.
import type { Generated } from 'kysely'

type Localized<Name extends string> = { [K in `${Name}_${'kk' | 'ru' | 'en'}`]: string | null }

export interface RevisionTable {
  id: number
  value: number
}

export type PlanTable = {
  id: string
  period_start: string
  period_end: string
  updated_at: string
} & Localized<'title'> &
  Localized<'committee'>

export type PlanSectionTable = { plan_id: string; code: string; position: number } & Localized<'title'>

export type OwnerTable = { id: string; position: number; type: string } & Localized<'name'> & Localized<'short_name'>

export type IndicatorTable = {
  id: string
  position: number
  code: string
  sdg_target: string
  unit: string
  direction: string
  baseline_year: number
  baseline_value: number
  owner_id: string | null
  updated_at: string
} & Localized<'name'> &
  Localized<'source'>

export type IndicatorLevelTable = { indicator_id: string; position: number } & Localized<'label'>

export interface YearValueTable {
  indicator_id: string
  year: number
  value: number
}

export type TaskTable = {
  id: string
  position: number
  code: string
  status: string
  progress: number
  owner_id: string
  start_date: string
  due_date: string
  completed_date: string | null
  updated_at: string
} & Localized<'title'> &
  Localized<'description'>

export interface TaskPartnerTable {
  task_id: string
  owner_id: string
  position: number
}
export interface TaskSdgTargetTable {
  task_id: string
  sdg_target: string
  position: number
}
export interface TaskIndicatorTable {
  task_id: string
  indicator_id: string
  position: number
}

export type MilestoneTable = { task_id: string; position: number; due_date: string; done: number } & Localized<'title'>

export type TaskUpdateTable = {
  id: string
  task_id: string
  at: string
  at_utc: string
  author: string
  status: string
  previous_status: string | null
  progress: number
  report_id: string | null
  author_id: string | null
} & Localized<'note'>

export interface UserTable {
  id: string
  email: string
  name: string
  role: 'viewer' | 'reporter' | 'secretariat'
  owner_id: string | null
  password_hash: string
  disabled: Generated<number>
  created_at: string
}

export interface SessionTable {
  token_hash: string
  user_id: string
  created_at_utc: string
  last_seen_at_utc: string
  expires_at_utc: string
}

export interface SignInFailureTable {
  at_utc: string
  email: string
  address: string
}

export type ReportTable = {
  id: string
  kind: 'task_progress' | 'indicator_value'
  task_id: string | null
  indicator_id: string | null
  state: 'submitted' | 'approved' | 'returned'
  proposed_status: string | null
  proposed_progress: number | null
  proposed_year: number | null
  proposed_value: number | null
  previous_status: string | null
  previous_progress: number | null
  previous_year: number | null
  previous_value: number | null
  based_on: string
  submitted_by: string
  submitted_at: string
  submitted_at_utc: string
  reviewed_by: string | null
  reviewed_at: string | null
  comment: string | null
} & Localized<'note'> &
  Localized<'source'>

export interface AuditTable {
  id: string
  at: string
  at_utc: string
  actor_id: string | null
  actor_name: string | null
  action: string
  target: string
  before: string | null
  after: string | null
}

export interface ImportTable {
  id: string
  state: 'preview' | 'applied' | 'discarded'
  created_by: string
  /** `toISOString()`, so it sorts and compares as text. */
  created_at: string
  /** The data revision the preview was made against (0002). */
  base_revision: number
  /** ImportPreview as JSON, its errors as codes and parameters (rendered in the reader's language). */
  preview: string
  /** The workbook as read (WorkbookRows) as JSON: apply compares it with the plan again, with removeMissing. */
  rows: string
}

export interface Schema {
  revision: RevisionTable
  plans: PlanTable
  plan_sections: PlanSectionTable
  owners: OwnerTable
  indicators: IndicatorTable
  indicator_levels: IndicatorLevelTable
  indicator_targets: YearValueTable
  indicator_actuals: YearValueTable
  tasks: TaskTable
  task_partners: TaskPartnerTable
  task_sdg_targets: TaskSdgTargetTable
  task_indicators: TaskIndicatorTable
  milestones: MilestoneTable
  task_updates: TaskUpdateTable
  users: UserTable
  sessions: SessionTable
  sign_in_failures: SignInFailureTable
  reports: ReportTable
  audit: AuditTable
  imports: ImportTable
}
