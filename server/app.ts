// The server as a value: built from its dependencies, callable in tests without a port
// (`await createApp({ db, clock, config }).request('/api/v1/tasks')`). server/main.ts only adds the environment,
// the database file or URL, and a listening socket.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Database } from './db/database'
import type { AppEnv, Clock } from './env'
import { ApiError, errorResponse, handleErrors } from './http/api-error'
import { requestLog } from './http/request-log'
import { RevisionCache } from './http/revision-cache'
import { withSecurityHeaders } from './http/security-headers'
import { staticFiles } from './http/static-files'
import { silentLogger, type Logger } from './logger'
import { loadUser, requireUser } from './auth/session'
import { clientAddress } from './http/client-address'
import { jsonBodiesOnly, sameOrigin } from './http/same-origin'
import { auditRoutes } from './routes/audit'
import { healthRoutes } from './routes/health'
import { importRoutes } from './routes/imports'
import { indicatorRoutes } from './routes/indicators'
import { ownerRoutes } from './routes/owners'
import { planRoutes } from './routes/plan'
import { planWorkbookRoutes } from './routes/plan-workbook'
import { reportRoutes } from './routes/reports'
import { sessionRoutes } from './routes/sessions'
import { taskRoutes } from './routes/tasks'
import { updateRoutes } from './routes/updates'

export interface AppConfig {
  /** The built app (`dist/`); without it only the API answers. */
  distDir?: string
  /** `signed-in`: every read but /health and /session needs a session (401 otherwise). Default `public`. */
  readAccess?: 'public' | 'signed-in'
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (sign-in throttling). */
  trustProxy?: boolean
}

export interface AppDependencies {
  db: Database
  clock: Clock
  config: AppConfig
  logger?: Logger
}

export const apiBase = '/api/v1'

/** SERVER.md: bodies over 1 MiB are refused. */
export const maxBodyBytes = 1024 * 1024
/** …except a workbook of the plan (`POST /imports`), up to 10 MiB. */
export const maxWorkbookBytes = 10 * 1024 * 1024
const uploadPath = `${apiBase}/imports`
/** Longer URLs are refused before any routing (a 100 KB query string is a mistake or an attack, never a query). */
export const maxUrlLength = 8 * 1024

const readPaths = [
  '/health',
  '/plan',
  '/owners',
  '/tasks',
  '/tasks/:id',
  '/indicators',
  '/indicators/:id',
  '/updates',
  '/reports',
  '/audit',
  '/plan.xlsx',
  '/imports/:id',
]
/** Paths that only take POST (v1.1 writes). */
const writePaths = [
  '/tasks/:id/reports',
  '/indicators/:id/reports',
  '/reports/:id/approve',
  '/reports/:id/return',
  '/imports',
  '/imports/:id/apply',
  '/imports/:id/discard',
]
/** Readable without a session even with READ_ACCESS=signed-in. */
const openPaths = new Set(['/health', '/session'])

const limitTo = (maxSize: number, what: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'too_large', `${what} are limited to ${maxSize} bytes`)
    },
  })

function api(config: AppConfig) {
  const limitBody = limitTo(maxBodyBytes, 'Request bodies')
  const limitWorkbook = limitTo(maxWorkbookBytes, 'Workbooks')
  const routes = new Hono<AppEnv>()
    .use(sameOrigin)
    .use(async (c, next) => {
      c.set('address', clientAddress(c, config.trustProxy ?? false))
      await next()
    })
    .use(loadUser)
    .use(async (c, next) => {
      const path = c.req.path.slice(apiBase.length) || '/'
      if (config.readAccess === 'signed-in' && !openPaths.has(path)) requireUser(c)
      await next()
      // Behind sign-in, a read is for this user's browser only: no shared cache may keep it.
      const cacheControl = c.res.headers.get('cache-control')
      if (config.readAccess === 'signed-in' && cacheControl && !cacheControl.includes('no-store'))
        c.res.headers.set('cache-control', `private, ${cacheControl}`)
    })
    // Reads skip the limit: it touches the request body, which makes @hono/node-server build a full Request and
    // costs a 304 several times its own work. A GET body is never read anyway.
    .use((c, next) => {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
      return (c.req.path === uploadPath ? limitWorkbook : limitBody)(c, next)
    })
    .use(jsonBodiesOnly(uploadPath))
    .route('/', healthRoutes)
    .route('/', planRoutes)
    .route('/', ownerRoutes)
    .route('/', taskRoutes)
    .route('/', indicatorRoutes)
    .route('/', updateRoutes)
    .route('/', sessionRoutes)
    .route('/', reportRoutes)
    .route('/', auditRoutes)
    .route('/', planWorkbookRoutes)
    .route('/', importRoutes)
  // A known path with another method is 405, not 404, and says what it allows.
  const notAllowed = (path: string, allow: string) =>
    routes.all(path, (c) => {
      c.header('Allow', allow)
      return errorResponse(c, new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here`))
    })
  for (const path of readPaths) notAllowed(path, 'GET, HEAD')
  for (const path of writePaths) notAllowed(path, 'POST')
  notAllowed('/session', 'GET, HEAD, POST, DELETE')
  routes.all('*', (c) => {
    const path = c.req.path.length > 200 ? `${c.req.path.slice(0, 200)}…` : c.req.path
    return errorResponse(c, new ApiError(404, 'not_found', `No API endpoint at ${path}`))
  })
  return routes
}

export function createApp({ db, clock, config, logger = silentLogger }: AppDependencies) {
  const cache = new RevisionCache()
  const app = new Hono<AppEnv>()
  app.use(requestLog(logger))
  app.use(withSecurityHeaders)
  app.use(async (c, next) => {
    if (c.req.url.length > maxUrlLength) {
      return errorResponse(c, new ApiError(414, 'uri_too_long', `URLs are limited to ${maxUrlLength} characters`))
    }
    c.set('db', db)
    c.set('cache', cache)
    c.set('clock', clock)
    await next()
  })
  app.route(apiBase, api(config))
  if (config.distDir) app.on(['GET', 'HEAD'], '*', staticFiles(config.distDir))
  else app.on(['GET', 'HEAD'], '*', (c) => errorResponse(c, new ApiError(404, 'not_found', 'No such page')))
  app.all('*', (c) => {
    c.header('Allow', 'GET, HEAD')
    return errorResponse(c, new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here`))
  })
  app.onError(handleErrors(logger))
  return app
}

export type App = ReturnType<typeof createApp>
