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

/** A body that is not JSON (a form post needs no CORS preflight) is refused before any route sees it. */
export const jsonBodiesOnly: MiddlewareHandler = async (c, next) => {
  if (!safeMethods.has(c.req.method) && hasBody(c.req.raw) && !isJson(c.req.header('content-type')))
    throw new ApiError(403, 'forbidden', 'Writes need a JSON body')
  return next()
}
