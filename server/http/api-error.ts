// Every error leaves the server in contract v1's shape, `{ error: { code, message } }`, and never carries a stack
// trace or SQL: those go to the log only.
import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { isDatabaseUnavailable } from '../db/errors'
import type { Logger } from '../logger'

export interface FieldError {
  path: string
  message: string
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message)
  }
}

export function errorBody(code: string, message: string, fields?: FieldError[]) {
  return { error: { code, message, ...(fields ? { fields } : {}) } }
}

export function errorResponse(c: Context, error: ApiError) {
  c.header('Cache-Control', 'no-store')
  return c.json(errorBody(error.code, error.message, error.fields), error.status)
}

export const notFound = (what: string, id: string) => new ApiError(404, 'not_found', `No ${what} with id "${id}"`)

export const databaseUnavailable = () =>
  new ApiError(503, 'database_unavailable', 'The database does not answer; try again in a moment')

export function handleErrors(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error)
    if (error instanceof HTTPException) {
      // Hono's own refusals (a body too large, a malformed request): keep the status, use our shape.
      const status = error.status as ContentfulStatusCode
      return errorResponse(
        c,
        new ApiError(status, status === 413 ? 'too_large' : 'bad_request', error.message || 'Bad request'),
      )
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn('database unavailable', { path: c.req.path, error: error.message })
      c.header('Retry-After', '5')
      return errorResponse(c, databaseUnavailable())
    }
    logger.error('unhandled error', {
      method: c.req.method,
      path: c.req.path,
      error: error.message,
      stack: error.stack,
    })
    return errorResponse(c, new ApiError(500, 'internal', 'The server failed to answer'))
  }
}
