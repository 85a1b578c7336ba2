// The API contract v1 (docs/api/README.md). These schemas are the single source of truth: the types below are
// inferred from them, the mock API seeds through them and docs/api/openapi.json is generated from them.
// zod/mini: the same validation as zod with a tree-shakable API, about a fifth of the bytes on the first screen.
import * as z from 'zod/mini'

export const isoDate = z.iso.date().check(z.describe('Calendar date, YYYY-MM-DD'))
export const timestamp = z.iso.datetime({ offset: true }).check(z.describe('ISO 8601 timestamp with offset'))

export const localizedText = z
  .object({ kk: z.optional(z.string()), ru: z.optional(z.string()), en: z.optional(z.string()) })
  .check(
    z.refine((text) => [text.kk, text.ru, text.en].some((value) => value !== undefined && value.trim() !== ''), {
      message: 'needs a non-empty kk, ru or en text',
    }),
    z.describe('Text in Kazakh, Russian and/or English; at least one is non-empty'),
  )

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
  sections: z
    .optional(z.array(z.object({ code: z.string(), title: localizedText })))
    .check(z.describe('Chapters: activity "2.4" is in section "2"')),
})

export const ownerSchema = z.object({
  id: z.string(),
  name: localizedText,
  shortName: z.optional(localizedText),
  type: z.enum(ownerTypes),
})

export const percentInteger = z.int().check(z.gte(0), z.lte(100))

export const taskSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: localizedText,
  description: z.optional(localizedText),
  status: taskStatus,
  progress: percentInteger,
  ownerId: z.string(),
  partnerIds: z.array(z.string()),
  sdgTargets: z.array(z.string()),
  indicatorIds: z.array(z.string()),
  startDate: isoDate,
  dueDate: isoDate,
  completedDate: z.optional(z.nullable(isoDate)),
  updatedAt: timestamp,
})

export const taskUpdateSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  at: timestamp,
  author: z.string(),
  status: taskStatus,
  previousStatus: z.optional(z.nullable(taskStatus)),
  progress: percentInteger,
  note: z.optional(localizedText),
})

export const milestoneSchema = z.object({ title: localizedText, dueDate: isoDate, done: z.boolean() })

export const taskDetailSchema = z.extend(taskSchema, {
  milestones: z.array(milestoneSchema),
  updates: z.array(taskUpdateSchema).check(z.describe('Newest first')),
})

export const indicatorUnits = ['percent', 'score', 'index', 'count', 'ratio', 'years', 'level'] as const

const yearValue = z.object({ year: z.int(), value: z.number() })

export const indicatorSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedText,
  sdgTarget: z.string(),
  unit: z.enum(indicatorUnits),
  direction: z.enum(['increase', 'decrease']).check(z.describe('Which way is better')),
  levels: z
    .optional(z.array(localizedText))
    .check(z.describe('unit "level": ordered stages; values are 0-based indexes')),
  baseline: yearValue,
  targets: z.array(yearValue).check(z.describe('Ascending by year; the last one is the final target')),
  actuals: z.array(yearValue).check(z.describe('Ascending by year')),
  source: z.optional(localizedText),
  ownerId: z.optional(z.string()),
  updatedAt: z.optional(timestamp).check(z.describe('Last change (v1.1; reports send it back as basedOn)')),
})

/** Each list's item schema, by list: the client checks a long list a slice at a time (src/api/client.ts). */
const listItems = new WeakMap<z.ZodMiniType, z.ZodMiniType>()
export const listItemSchema = (list: z.ZodMiniType): z.ZodMiniType | undefined => listItems.get(list)

const listOf = <T extends z.ZodMiniType>(item: T) => {
  const list = z.object({ items: z.array(item) })
  listItems.set(list, item)
  return list
}

export const ownerListSchema = listOf(ownerSchema)
export const taskListSchema = listOf(taskSchema)
export const indicatorListSchema = listOf(indicatorSchema)
export const taskUpdateListSchema = listOf(taskUpdateSchema)

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z
      .optional(z.array(z.object({ path: z.string(), message: z.string() })))
      .check(z.describe('v1.1: the fields a 422 refused')),
  }),
})

export type LocalizedText = z.infer<typeof localizedText>
export type TaskStatus = z.infer<typeof taskStatus>
export type OwnerType = (typeof ownerTypes)[number]
export type Plan = z.infer<typeof planSchema>
export type PlanSection = NonNullable<Plan['sections']>[number]
export type Owner = z.infer<typeof ownerSchema>
export type Task = z.infer<typeof taskSchema>
export type TaskUpdate = z.infer<typeof taskUpdateSchema>
export type TaskDetail = z.infer<typeof taskDetailSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export type IndicatorUnit = Indicator['unit']
