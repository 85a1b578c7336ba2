// POST /session signs in, GET /session says who is signed in, DELETE /session signs out (on the server too).
import { Hono } from 'hono'
import { signInSchema } from '../../src/api/schemas-v1-1'
import { dummyHash, verifyPassword } from '../auth/passwords'
import { clearSessionCookie, requestTokenHash, requireUser, setSessionCookie } from '../auth/session'
import { isThrottled, recordFailure } from '../auth/throttle'
import { newToken, hashToken } from '../auth/tokens'
import { writeAudit } from '../db/audit'
import { deleteSession, deleteSessionsOf, insertSession } from '../db/sessions'
import { findUserByEmail, normalizeEmail, toUser } from '../db/users'
import type { AppEnv } from '../env'
import { ApiError } from '../http/api-error'
import { readJson } from '../http/json-body'

const invalid = () => new ApiError(401, 'invalid_credentials', 'The email or the password is wrong')

export const sessionRoutes = new Hono<AppEnv>()
  .post('/session', async (c) => {
    const { email: typed, password } = await readJson(c, signInSchema)
    const email = normalizeEmail(typed)
    const { db, clock } = c.var
    const address = c.var.address
    const now = clock()
    if (await isThrottled(db.kysely, email, address, now)) {
      c.header('Retry-After', '900')
      throw new ApiError(429, 'too_many_attempts', 'Too many failed sign-ins; try again in 15 minutes')
    }
    const row = await findUserByEmail(db.kysely, email)
    // An unknown email costs one hash too, so the answer's timing does not tell which emails have accounts.
    const matches = await verifyPassword(password, row?.password_hash ?? (await dummyHash))
    if (!row || !matches || row.disabled !== 0) {
      await db.kysely.transaction().execute(async (tx) => {
        await recordFailure(tx, email, address, now)
        await writeAudit(tx, { actor: null, action: 'session.fail', target: `email:${email}` }, now)
      })
      throw invalid()
    }
    // A new token at every sign-in; the one this browser had before (if any) ends.
    const token = newToken()
    const previous = requestTokenHash(c)
    await db.kysely.transaction().execute(async (tx) => {
      if (previous) await deleteSession(tx, previous)
      await insertSession(tx, hashToken(token), row.id, now)
      await writeAudit(
        tx,
        { actor: { id: row.id, name: row.name }, action: 'session.create', target: `user:${row.id}` },
        now,
      )
    })
    setSessionCookie(c, token)
    c.header('Cache-Control', 'no-store')
    return c.json(toUser(row))
  })
  .get('/session', (c) => {
    const user = requireUser(c)
    c.header('Cache-Control', 'no-store')
    return c.json(user)
  })
  .delete('/session', async (c) => {
    const user = requireUser(c)
    const { db, clock } = c.var
    await db.kysely.transaction().execute(async (tx) => {
      // SERVER.md: sign-out ends every session of that user, on every device.
      await deleteSessionsOf(tx, user.id)
      await writeAudit(
        tx,
        { actor: { id: user.id, name: user.name }, action: 'session.delete', target: `user:${user.id}` },
        clock(),
      )
    })
    clearSessionCookie(c)
    return c.body(null, 204)
  })
