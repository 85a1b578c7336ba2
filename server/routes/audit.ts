// GET /audit?since=&actor=: the secretariat reads the log; nothing changes or deletes it.
import { Hono } from 'hono'
import * as z from 'zod/mini'
import { timestamp } from '../../src/api/schemas'
import { requireSecretariat } from '../auth/session'
import { listAudit } from '../db/audit'
import type { AppEnv } from '../env'
import { parseQuery } from '../http/reads'

const auditQuery = z.object({
  since: z.optional(z.union([timestamp, z.iso.date()])),
  actor: z.optional(z.string()),
})

export const auditRoutes = new Hono<AppEnv>().get('/audit', async (c) => {
  requireSecretariat(c)
  const { since, actor } = parseQuery(c, auditQuery)
  const sinceUtc = since !== undefined ? new Date(since).toISOString() : undefined
  const items = await listAudit(c.var.db.kysely, {
    ...(sinceUtc ? { sinceUtc } : {}),
    ...(actor ? { actor } : {}),
  })
  c.header('Cache-Control', 'no-store')
  return c.json({ items })
})
