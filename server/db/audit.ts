// The audit log: one entry per write, sign-in and failed sign-in; append-only (the database refuses changes).
// Callers choose what goes into before/after: never a password, a hash or a token.
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { AuditEntry } from '../../src/api/schemas-v1-1'
import type { AuditTable, Schema } from './schema'

export interface AuditEvent {
  actor: { id: string; name: string } | null
  action: string
  target: string
  before?: unknown
  after?: unknown
}

export async function writeAudit(db: Kysely<Schema>, event: AuditEvent, now: Date) {
  await db
    .insertInto('audit')
    .values({
      id: randomUUID(),
      at: now.toISOString(),
      at_utc: now.toISOString(),
      actor_id: event.actor?.id ?? null,
      actor_name: event.actor?.name ?? null,
      action: event.action,
      target: event.target,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    })
    .execute()
}

function toEntry(row: Selectable<AuditTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor_id !== null ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
    action: row.action,
    target: row.target,
    ...(row.before !== null ? { before: JSON.parse(row.before) as unknown } : {}),
    ...(row.after !== null ? { after: JSON.parse(row.after) as unknown } : {}),
  }
}

export async function listAudit(
  db: Kysely<Schema>,
  filter: { sinceUtc?: string; actor?: string },
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit')
    .selectAll()
    .$if(filter.sinceUtc !== undefined, (q) => q.where('at_utc', '>=', filter.sinceUtc as string))
    .$if(filter.actor !== undefined, (q) => q.where('actor_id', '=', filter.actor as string))
    .orderBy('at_utc', 'desc')
    .orderBy('id', 'desc')
    .limit(1000)
    .execute()
  return rows.map(toEntry)
}
