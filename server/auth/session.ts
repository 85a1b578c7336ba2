// The session cookie and the signed-in user of each request. The cookie holds a random token; the database holds
// its SHA-256 (db/sessions.ts). The user is loaded for every /api/v1 request, so a disabled account or a session
// ended elsewhere (sign-out, password reset) stops working at once.
import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { User } from '../../src/api/schemas-v1-1'
import { touchSession, absoluteMs } from '../db/sessions'
import { findUserById, toUser } from '../db/users'
import type { AppEnv } from '../env'
import { ApiError } from '../http/api-error'
import { ownOrigin } from '../http/same-origin'
import { hashToken } from './tokens'

export const sessionCookie = 'sdg4_session'

function isHttps(c: Context): boolean {
  return ownOrigin(c.req.url, c.req.raw.headers).startsWith('https:')
}

export function setSessionCookie(c: Context, token: string) {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: Math.floor(absoluteMs / 1000),
  })
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, sessionCookie, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Lax' })
}

/** The token hash of this request's cookie, if any. */
export function requestTokenHash(c: Context): string | undefined {
  const token = getCookie(c, sessionCookie)
  return token && token.length <= 100 ? hashToken(token) : undefined
}

export const loadUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const tokenHash = requestTokenHash(c)
  if (tokenHash) {
    const session = await touchSession(c.var.db.kysely, tokenHash, c.var.clock())
    const row = session && (await findUserById(c.var.db.kysely, session.user_id))
    if (row && row.disabled === 0) c.set('user', toUser(row))
  }
  await next()
}

export function requireUser(c: Context<AppEnv>): User {
  const user = c.var.user
  if (!user) throw new ApiError(401, 'unauthenticated', 'Sign in first')
  return user
}

export function requireSecretariat(c: Context<AppEnv>): User {
  const user = requireUser(c)
  if (user.role !== 'secretariat') throw new ApiError(403, 'forbidden', 'Only the secretariat may do this')
  return user
}
