// The API contract v1 (docs/api/contract.md). These schemas are the single source of truth:
// the types below are inferred from them, the mock API seeds through them and docs/api/*.json is generated from them.
import { z } from 'zod'

export const isoDate = z.iso.date().describe('Calendar date, YYYY-MM-DD')
export const timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 timestamp with offset')

export const localizedText = z
  .object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })
  .refine((text) => [text.kk, text.ru, text.en].some((value) => value !== undefined && value.trim() !== ''), {
    message: 'needs a non-empty kk, ru or en text',
  })
  .describe('Text in Kazakh, Russian and/or English; at least one is non-empty')

export const taskStatuses = ['not_started', 'in_progress', 'completed', 'delayed', 'cancelled'] as const
export const taskStatus = z.enum(taskStatuses)

export const ownerTypes = [
  'government',
  'un_agency',
  'civil_society',
  'academia',
  'private_sector',
  'regional_authority',
] as const

export const planSchema = z.object({
  id: z.string(),
  title: localizedText,
  committee: localizedText,
  period: z.object({ start: isoDate, end: isoDate }),
  updatedAt: timestamp,
})

export const ownerSchema = z.object({
  id: z.string(),
  name: localizedText,
  shortName: localizedText.optional(),
  type: z.enum(ownerTypes),
})

const percentInteger = z.number().int().min(0).max(100)

export const taskSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: localizedText,
  description: localizedText.optional(),
  status: taskStatus,
  progress: percentInteger,
  ownerId: z.string(),
  partnerIds: z.array(z.string()),
  sdgTargets: z.array(z.string()),
  indicatorIds: z.array(z.string()),
  startDate: isoDate,
  dueDate: isoDate,
  completedDate: isoDate.nullable().optional(),
  updatedAt: timestamp,
})

export const taskUpdateSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  at: timestamp,
  author: z.string(),
  status: taskStatus,
  previousStatus: taskStatus.nullable().optional(),
  progress: percentInteger,
  note: localizedText.optional(),
})

export const milestoneSchema = z.object({ title: localizedText, dueDate: isoDate, done: z.boolean() })

export const taskDetailSchema = taskSchema.extend({
  milestones: z.array(milestoneSchema),
  updates: z.array(taskUpdateSchema).describe('Newest first'),
})

export const indicatorUnits = ['percent', 'score', 'index', 'count', 'ratio', 'years', 'level'] as const

const yearValue = z.object({ year: z.number().int(), value: z.number() })

export const indicatorSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedText,
  sdgTarget: z.string(),
  unit: z.enum(indicatorUnits),
  direction: z.enum(['increase', 'decrease']).describe('Which way is better'),
  levels: z.array(localizedText).optional().describe('unit "level": ordered stages; values are 0-based indexes'),
  baseline: yearValue,
  targets: z.array(yearValue).describe('Ascending by year; the last one is the final target'),
  actuals: z.array(yearValue).describe('Ascending by year'),
  source: localizedText.optional(),
  ownerId: z.string().optional(),
})

const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) })

export const ownerListSchema = listOf(ownerSchema)
export const taskListSchema = listOf(taskSchema)
export const indicatorListSchema = listOf(indicatorSchema)
export const taskUpdateListSchema = listOf(taskUpdateSchema)

export const apiErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) })

export type LocalizedText = z.infer<typeof localizedText>
export type TaskStatus = z.infer<typeof taskStatus>
export type OwnerType = (typeof ownerTypes)[number]
export type Plan = z.infer<typeof planSchema>
export type Owner = z.infer<typeof ownerSchema>
export type Task = z.infer<typeof taskSchema>
export type TaskUpdate = z.infer<typeof taskUpdateSchema>
export type TaskDetail = z.infer<typeof taskDetailSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export type IndicatorUnit = Indicator['unit']
