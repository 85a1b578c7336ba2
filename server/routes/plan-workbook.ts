// The plan as a workbook (issue 14): GET /plan.xlsx is the current plan, `?template=1` an empty template with one
// example row per sheet; `lang` (else Accept-Language, else kk) chooses the labels and the Read me. Whoever may
// read the plan may download it (READ_ACCESS applies as to every read).
import { Hono } from 'hono'
import * as z from 'zod/mini'
import { writePlanWorkbook, xlsxContentType } from '../../src/workbook/write-workbook'
import { readPlanData } from '../db/plan-data'
import type { AppEnv } from '../env'
import { ApiError } from '../http/api-error'
import { requestLanguage } from '../http/language'
import { parseQuery } from '../http/reads'

const workbookQuery = z.object({ template: z.optional(z.enum(['0', '1'])) })

export const planWorkbookRoutes = new Hono<AppEnv>().get('/plan.xlsx', async (c) => {
  const template = parseQuery(c, workbookQuery).template === '1'
  const language = requestLanguage(c)
  const data = await readPlanData(c.var.db.kysely)
  if (!data) throw new ApiError(404, 'not_found', 'No plan has been loaded yet')
  const bytes = await writePlanWorkbook(data, { language, template })
  const day = c.var.clock().toISOString().slice(0, 10)
  const name = template ? `sdg4-plan-template-${language}.xlsx` : `sdg4-plan-${day}-${language}.xlsx`
  c.header('Content-Type', xlsxContentType)
  c.header('Content-Disposition', `attachment; filename="${name}"`)
  c.header('Cache-Control', 'no-store')
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200)
})
