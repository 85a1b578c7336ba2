// Contract v1.1 (docs/server.md, "Contract v1.1"): accounts, reports and their review, the audit log. Additive to v1
// (./schemas.ts). A separate module so that the first screen, which only reads v1, does not carry these schemas.
// The server parses every request body with these, the client every response: one contract, checked on both sides.
import * as z from 'zod/mini'
import { indicatorSchema, localizedText, percentInteger, taskSchema, taskStatus, timestamp } from './schemas'

export const roles = ['viewer', 'reporter', 'secretariat'] as const
export type Role = (typeof roles)[number]

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  ownerId: z.optional(z.string()).check(z.describe('The organisation a reporter reports for')),
})

/** POST /session */
export const signInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(3), z.maxLength(320)),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
})

const note = localizedText.check(z.describe('kk/ru/en; at least one non-empty'))

/** POST /tasks/{id}/reports */
export const taskReportInputSchema = z.object({
  status: taskStatus,
  progress: percentInteger,
  note,
  basedOn: timestamp.check(z.describe('The activity’s updatedAt as the reporter saw it')),
})

/** POST /indicators/{id}/reports */
export const indicatorReportInputSchema = z.object({
  year: z.int().check(z.gte(1990), z.lte(2100)),
  value: z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' })),
  source: z.optional(localizedText),
  note: z.optional(note),
  basedOn: timestamp.check(z.describe('The indicator’s updatedAt as the reporter saw it')),
})

const comment = z.string().check(z.trim(), z.maxLength(2000))

/** POST /reports/{id}/approve */
export const approveInputSchema = z.object({ comment: z.optional(comment) })
/** POST /reports/{id}/return: a returned report always says why. */
export const returnInputSchema = z.object({ comment: comment.check(z.minLength(1)) })

export const reportStates = ['submitted', 'approved', 'returned'] as const
export type ReportState = (typeof reportStates)[number]

const person = z.object({ id: z.string(), name: z.string() })
const taskProgress = z.object({ status: taskStatus, progress: percentInteger })
const indicatorValue = z.object({ year: z.int(), value: z.number() })

const reportCommon = {
  id: z.string(),
  state: z.enum(reportStates),
  note: z.optional(localizedText),
  basedOn: timestamp,
  submittedBy: person,
  submittedAt: timestamp,
  reviewedBy: z.optional(z.nullable(person)),
  reviewedAt: z.optional(z.nullable(timestamp)),
  comment: z.optional(z.nullable(z.string())),
}

export const taskReportSchema = z.object({
  ...reportCommon,
  kind: z.literal('task_progress'),
  taskId: z.string(),
  proposed: taskProgress,
  previous: z.nullable(taskProgress).check(z.describe('The activity’s values when the report was submitted')),
})

export const indicatorReportSchema = z.object({
  ...reportCommon,
  kind: z.literal('indicator_value'),
  indicatorId: z.string(),
  source: z.optional(localizedText),
  proposed: indicatorValue,
  previous: z.nullable(indicatorValue).check(z.describe('That year’s actual when submitted; null if none')),
})

export const reportSchema = z.discriminatedUnion('kind', [taskReportSchema, indicatorReportSchema])
export const reportListSchema = z.object({ items: z.array(reportSchema) })

export const auditEntrySchema = z.object({
  id: z.string(),
  at: timestamp,
  actor: z.nullable(person),
  action: z.string().check(z.describe('e.g. session.create, session.fail, report.submit, report.approve')),
  target: z.string().check(z.describe('e.g. task:t-001, report:r-12, user:u-3')),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
})
export const auditListSchema = z.object({ items: z.array(auditEntrySchema) })

/** A validation error names the fields: `{ error: { code: "invalid", message, fields: [{ path, message }] } }`. */
export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() })

/**
 * 409 `stale` on POST /tasks/{id}/reports and /indicators/{id}/reports: the record changed after the reporter opened
 * it. `current` is the activity (a Task, without milestones and updates) or the indicator as it is now.
 */
export const staleBodySchema = z.object({
  error: z.object({ code: z.literal('stale'), message: z.string() }),
  current: z.union([taskSchema, indicatorSchema]),
})

export type User = z.infer<typeof userSchema>
export type SignIn = z.infer<typeof signInSchema>
export type TaskReportInput = z.infer<typeof taskReportInputSchema>
export type IndicatorReportInput = z.infer<typeof indicatorReportInputSchema>
export type Report = z.infer<typeof reportSchema>
export type TaskReport = z.infer<typeof taskReportSchema>
export type IndicatorReport = z.infer<typeof indicatorReportSchema>
export type AuditEntry = z.infer<typeof auditEntrySchema>
export type FieldError = z.infer<typeof fieldErrorSchema>
export type StaleBody = z.infer<typeof staleBodySchema>
