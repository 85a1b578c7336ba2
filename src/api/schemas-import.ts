// Contract additions for the plan as a spreadsheet (docs/server.md "The spreadsheet", issue 14): the import preview
// and its apply. GET /plan.xlsx answers with the workbook itself, so it has no schema here; POST /imports takes the
// workbook as the raw body (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).
// A module of its own so that screens which never import do not carry these schemas.
import * as z from 'zod/mini'
import { timestamp } from './schemas'

/** The workbook's sheets, named in English in every language: they are keys, like the column keys in row 1. */
export const sheetNames = ['Activities', 'Organisations', 'Indicators', 'Targets', 'Actuals'] as const
export type SheetName = (typeof sheetNames)[number]

export const importStates = ['preview', 'applied', 'discarded'] as const
export type ImportState = (typeof importStates)[number]

/**
 * A cell's canonical value as the workbook would hold it after export: text (status and unit as their keys, dates as
 * YYYY-MM-DD, lists joined by "; "), a number, or null when empty.
 */
export const cellValueSchema = z.nullable(z.union([z.string(), z.number()]))
export const rowSchema = z.record(z.string(), cellValueSchema).check(z.describe('Column key → canonical cell value'))

const count = z.int().check(z.gte(0))

export const fieldChangeSchema = z.object({
  name: z.string().check(z.describe('The column key, e.g. "status"')),
  from: cellValueSchema,
  to: cellValueSchema,
})

export const changedRowSchema = z.object({
  key: z.string().check(z.describe('The row’s key: an activity or indicator code, an organisation id, "code|year"')),
  row: z.int().check(z.describe('The row number in the workbook (1-based, as Excel shows it)')),
  fields: z.array(fieldChangeSchema),
})

export const sheetPreviewSchema = z.object({
  name: z.enum(sheetNames),
  added: z.array(rowSchema),
  changed: z.array(changedRowSchema),
  unchanged: count,
  removed: z
    .array(rowSchema)
    .check(z.describe('In the database but not in the workbook: kept unless apply says removeMissing')),
})

export const importErrorSchema = z.object({
  sheet: z.string().check(z.describe('A sheet name, or "" for the workbook as a whole')),
  row: z.int().check(z.describe('1-based row number; 0 for the workbook or sheet as a whole')),
  column: z.string().check(z.describe('The column letter as Excel shows it ("F"); "" for a whole row or sheet')),
  key: z.optional(z.string()).check(z.describe('The column key in row 1, e.g. "owner"')),
  message: z.string().check(z.describe('What is wrong, in the interface language')),
})

export const importPreviewSchema = z.object({
  id: z.string(),
  state: z.enum(importStates),
  createdAt: timestamp,
  counts: z.object({ added: count, changed: count, unchanged: count, removed: count, errors: count }),
  sheets: z.array(sheetPreviewSchema),
  errors: z.array(importErrorSchema),
})

/** POST /imports/{id}/apply */
export const applyImportInputSchema = z.object({
  removeMissing: z.boolean().check(z.describe('Also delete the rows the preview lists as removed')),
})

export type CellValue = z.infer<typeof cellValueSchema>
export type Row = z.infer<typeof rowSchema>
export type FieldChange = z.infer<typeof fieldChangeSchema>
export type ChangedRow = z.infer<typeof changedRowSchema>
export type SheetPreview = z.infer<typeof sheetPreviewSchema>
export type ImportError = z.infer<typeof importErrorSchema>
export type ImportPreview = z.infer<typeof importPreviewSchema>
export type ApplyImportInput = z.infer<typeof applyImportInputSchema>
