import { Hono } from 'hono'
import { sql } from 'kysely'
import type { AppEnv } from '../env'
import { databaseUnavailable, errorResponse } from '../http/api-error'

/** For load balancers and monitors: 200 while the database answers, 503 while it does not. Never cached. */
export const healthRoutes = new Hono<AppEnv>().get('/health', async (c) => {
  try {
    await sql`select 1`.execute(c.var.db.kysely)
  } catch {
    return errorResponse(c, databaseUnavailable())
  }
  c.header('Cache-Control', 'no-store')
  return c.json({ status: 'ok' })
})
