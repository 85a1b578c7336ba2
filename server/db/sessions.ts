// Server-side sessions, keyed by the SHA-256 of the cookie's token. Idle expiry slides (last seen, written at most
// once a minute); the absolute expiry is fixed at sign-in.
import type { Kysely, Selectable } from 'kysely'
import type { Schema, SessionTable } from './schema'

export const idleMs = 8 * 60 * 60 * 1000
export const absoluteMs = 7 * 24 * 60 * 60 * 1000
const touchEveryMs = 60 * 1000

export async function insertSession(db: Kysely<Schema>, tokenHash: string, userId: string, now: Date) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      created_at_utc: now.toISOString(),
      last_seen_at_utc: now.toISOString(),
      expires_at_utc: new Date(now.getTime() + absoluteMs).toISOString(),
    })
    .execute()
}

/** The live session for this token hash, its last-seen time moved forward; undefined when none or expired. */
export async function touchSession(
  db: Kysely<Schema>,
  tokenHash: string,
  now: Date,
): Promise<Selectable<SessionTable> | undefined> {
  const session = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst()
  if (!session) return undefined
  const lastSeen = Date.parse(session.last_seen_at_utc)
  if (now.getTime() >= Date.parse(session.expires_at_utc) || now.getTime() - lastSeen >= idleMs) {
    await deleteSession(db, tokenHash)
    return undefined
  }
  if (now.getTime() - lastSeen >= touchEveryMs) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at_utc: now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute()
  }
  return session
}

export async function deleteSession(db: Kysely<Schema>, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}

export async function deleteSessionsOf(db: Kysely<Schema>, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}
