// One log line per request: method, path (never the query string, which may carry anything), status, duration.
import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../logger'

export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    const path = c.req.path.length > 200 ? `${c.req.path.slice(0, 200)}…` : c.req.path
    // At debug level also when it starts: a request that never ends shows up in the log.
    logger.debug('request started', { method: c.req.method, path })
    await next()
    logger.info('request', {
      method: c.req.method,
      path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    })
  }
}
