// Reports: submitted by reporters (for their organisation) and the secretariat, reviewed by the secretariat.
import { Hono, type Context } from 'hono'
import * as z from 'zod/mini'
import {
  approveInputSchema,
  indicatorReportInputSchema,
  reportStates,
  returnInputSchema,
  taskReportInputSchema,
} from '../../src/api/schemas-v1-1'
import { requireSecretariat, requireUser } from '../auth/session'
import { getIndicator } from '../db/indicators'
import { getReport, listReports } from '../db/reports'
import { getTask } from '../db/tasks'
import type { AppEnv } from '../env'
import { ApiError, errorBody, notFound } from '../http/api-error'
import { readJson } from '../http/json-body'
import { parseQuery, readId } from '../http/reads'
import { approveReport, returnReport } from '../reporting/review'
import { StaleError, submitIndicatorReport, submitTaskReport } from '../reporting/submit'

const listQuery = z.object({
  state: z.optional(z.enum(reportStates)),
  taskId: z.optional(z.string()),
  indicatorId: z.optional(z.string()),
})

function mayNotReport(c: Context<AppEnv>) {
  const user = requireUser(c)
  if (user.role === 'viewer') throw new ApiError(403, 'forbidden', 'Viewers may not submit reports')
  return user
}

async function sendReport(c: Context<AppEnv>, id: string, status: 200 | 201) {
  const report = await getReport(c.var.db.kysely, id)
  if (!report) throw notFound('report', id)
  c.header('Cache-Control', 'no-store')
  return c.json(report, status)
}

/** 409 stale carries the record as it is now: `{ error: { code: "stale", message }, current: Task | Indicator }`. */
async function staleResponse(c: Context<AppEnv>, error: StaleError, current: unknown) {
  c.header('Cache-Control', 'no-store')
  return c.json({ ...errorBody(error.code, error.message), current }, 409)
}

export const reportRoutes = new Hono<AppEnv>()
  .get('/reports', async (c) => {
    const user = requireUser(c)
    if (user.role === 'viewer') throw new ApiError(403, 'forbidden', 'Viewers do not see reports')
    const query = parseQuery(c, listQuery)
    const ownerId = user.role === 'reporter' ? (user.ownerId ?? '') : undefined
    const items = await listReports(c.var.db.kysely, { ...query, ...(ownerId !== undefined ? { ownerId } : {}) })
    c.header('Cache-Control', 'no-store')
    return c.json({ items })
  })
  .post('/tasks/:id/reports', async (c) => {
    const user = mayNotReport(c)
    const taskId = readId(c, 'activity')
    const input = await readJson(c, taskReportInputSchema)
    try {
      const id = await submitTaskReport(c.var.db.kysely, taskId, input, user, c.var.clock())
      return await sendReport(c, id, 201)
    } catch (error) {
      if (error instanceof StaleError) return staleResponse(c, error, await getTask(c.var.db.kysely, taskId))
      throw error
    }
  })
  .post('/indicators/:id/reports', async (c) => {
    const user = mayNotReport(c)
    const indicatorId = readId(c, 'indicator')
    const input = await readJson(c, indicatorReportInputSchema)
    try {
      const id = await submitIndicatorReport(c.var.db.kysely, indicatorId, input, user, c.var.clock())
      return await sendReport(c, id, 201)
    } catch (error) {
      if (error instanceof StaleError) return staleResponse(c, error, await getIndicator(c.var.db.kysely, indicatorId))
      throw error
    }
  })
  .post('/reports/:id/approve', async (c) => {
    const user = requireSecretariat(c)
    const id = readId(c, 'report')
    const { comment } = await readJson(c, approveInputSchema)
    if (!(await getReport(c.var.db.kysely, id))) throw notFound('report', id)
    await approveReport(c.var.db.kysely, id, user, comment || undefined, c.var.clock())
    return sendReport(c, id, 200)
  })
  .post('/reports/:id/return', async (c) => {
    const user = requireSecretariat(c)
    const id = readId(c, 'report')
    const { comment } = await readJson(c, returnInputSchema)
    if (!(await getReport(c.var.db.kysely, id))) throw notFound('report', id)
    await returnReport(c.var.db.kysely, id, user, comment, c.var.clock())
    return sendReport(c, id, 200)
  })
