// "429 after 5 failures in 15 minutes for that email or that address" (SERVER.md), counted in the database so that
// every server process behind a load balancer sees the same failures.
import type { Kysely } from 'kysely'
import type { Schema } from '../db/schema'

export const maxFailures = 5
export const windowMs = 15 * 60 * 1000

export async function isThrottled(db: Kysely<Schema>, email: string, address: string, now: Date) {
  const since = new Date(now.getTime() - windowMs).toISOString()
  const count = async (column: 'email' | 'address', value: string) => {
    const row = await db
      .selectFrom('sign_in_failures')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(column, '=', value)
      .where('at_utc', '>=', since)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }
  const [byEmail, byAddress] = await Promise.all([count('email', email), count('address', address)])
  return byEmail >= maxFailures || byAddress >= maxFailures
}

export async function recordFailure(db: Kysely<Schema>, email: string, address: string, now: Date) {
  await db.insertInto('sign_in_failures').values({ at_utc: now.toISOString(), email, address }).execute()
  // Old failures serve no purpose; keep the table small.
  await db
    .deleteFrom('sign_in_failures')
    .where('at_utc', '<', new Date(now.getTime() - 2 * windowMs).toISOString())
    .execute()
}
