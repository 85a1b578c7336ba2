import { Hono } from 'hono'
import { getPlan } from '../db/plan'
import type { AppEnv } from '../env'
import { ApiError } from '../http/api-error'
import { sendRead } from '../http/reads'

export const planRoutes = new Hono<AppEnv>().get('/plan', (c) =>
  sendRead(c, 'plan', getPlan, () => new ApiError(404, 'not_found', 'No plan has been loaded yet')),
)
