import { Hono } from 'hono'
import { getIndicator, listIndicators } from '../db/indicators'
import type { AppEnv } from '../env'
import { notFound } from '../http/api-error'
import { readId, sendRead } from '../http/reads'

export const indicatorRoutes = new Hono<AppEnv>()
  .get('/indicators', (c) => sendRead(c, 'indicators', async (db) => ({ items: await listIndicators(db) })))
  .get('/indicators/:id', (c) => {
    const id = readId(c, 'indicator')
    return sendRead(
      c,
      `indicator:${id}`,
      (db) => getIndicator(db, id),
      () => notFound('indicator', id),
    )
  })
