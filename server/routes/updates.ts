import { Hono } from 'hono'
import * as z from 'zod/mini'
import { isoDate } from '../../src/api/schemas'
import { listUpdatesSince } from '../db/updates'
import type { AppEnv } from '../env'
import { parseQuery, sendRead } from '../http/reads'

const updatesQuery = z.object({ since: isoDate })

export const updateRoutes = new Hono<AppEnv>().get('/updates', (c) => {
  const { since } = parseQuery(c, updatesQuery)
  return sendRead(c, `updates:${since}`, async (db) => ({ items: await listUpdatesSince(db, since) }))
})
