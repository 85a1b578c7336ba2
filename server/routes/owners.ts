import { Hono } from 'hono'
import { listOwners } from '../db/owners'
import type { AppEnv } from '../env'
import { sendRead } from '../http/reads'

export const ownerRoutes = new Hono<AppEnv>().get('/owners', (c) =>
  sendRead(c, 'owners', async (db) => ({ items: await listOwners(db) })),
)
