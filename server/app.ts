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
import { healthRoutes } from './routes/health'
import { indicatorRoutes } from './routes/indicators'
import { ownerRoutes } from './routes/owners'
import { planRoutes } from './routes/plan'
import { taskRoutes } from './routes/tasks'
import { updateRoutes } from './routes/updates'

export interface AppConfig {
  /** The built app (`dist/`); without it only the API answers. */
  distDir?: string
}

export interface AppDependencies {
  db: Database
  clock: Clock
  config: AppConfig
  logger?: Logger
}

export const apiBase = '/api/v1'

/** SERVER.md: bodies over 1 MiB are refused. No v1 request has a body at all. */
export const maxBodyBytes = 1024 * 1024
/** Longer URLs are refused before any routing (a 100 KB query string is a mistake or an attack, never a query). */
export const maxUrlLength = 8 * 1024

const readPaths = ['/health', '/plan', '/owners', '/tasks', '/tasks/:id', '/indicators', '/indicators/:id', '/updates']

function api() {
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new ApiError(413, 'too_large', `Request bodies are limited to ${maxBodyBytes} bytes`)
    },
  })
  const routes = new Hono<AppEnv>()
    // Reads skip the limit: it touches the request body, which makes @hono/node-server build a full Request and
    // costs a 304 several times its own work. A GET body is never read anyway.
    .use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)))
    .route('/', healthRoutes)
    .route('/', planRoutes)
    .route('/', ownerRoutes)
    .route('/', taskRoutes)
    .route('/', indicatorRoutes)
    .route('/', updateRoutes)
  // v1 is read-only: a known path with another method is 405, not 404, and says what it allows.
  for (const path of readPaths) {
    routes.all(path, (c) => {
      c.header('Allow', 'GET, HEAD')
      return errorResponse(c, new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here`))
    })
  }
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
  app.route(apiBase, api())
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
