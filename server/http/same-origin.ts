// SERVER.md: a state-changing request from another site is refused. With a session cookie (SameSite=Lax) the
// browser would still send a cross-site POST; this check, JSON-only bodies (json-body.ts and below) and the cookie
// together keep other sites from writing with a user's session. Requests without Origin (scripts, curl) pass.
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './api-error'
import { hasBody, isJson } from './json-body'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The request's own origin as the client saw it: behind a proxy from X-Forwarded-Host/-Proto. */
export function ownOrigin(url: string, headers: Headers): string {
  const parsed = new URL(url)
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || parsed.protocol.replace(':', '')
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || parsed.host
  return `${proto}://${host}`.toLowerCase()
}

export const sameOrigin: MiddlewareHandler = async (c, next) => {
  if (safeMethods.has(c.req.method)) return next()
  const headers = c.req.raw.headers
  if (headers.get('sec-fetch-site') === 'cross-site')
    throw new ApiError(403, 'forbidden', 'Cross-site requests may not change anything')
  const origin = headers.get('origin')
  if (origin !== null && origin.toLowerCase() !== ownOrigin(c.req.url, headers))
    throw new ApiError(403, 'forbidden', 'Requests from another origin may not change anything')
  return next()
}

export const workbookMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function isWorkbook(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === workbookMediaType
}

/**
 * A body that is not JSON (a form post needs no CORS preflight) is refused before any route sees it. The upload of
 * the plan (`POST /imports`) takes the workbook's own media type instead, which needs a preflight just the same;
 * its route checks it (415) once it knows who is asking.
 */
export function jsonBodiesOnly(uploadPath: string): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || c.req.path === uploadPath) return next()
    if (hasBody(c.req.raw) && !isJson(c.req.header('content-type')))
      throw new ApiError(403, 'forbidden', 'Writes need a JSON body')
    return next()
  }
}
