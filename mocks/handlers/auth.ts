// Who is asking, for the mock's v1.1 handlers: the session's user, the refusals in the contract's shape, and the
// audit log every write appends to.
import { HttpResponse } from 'msw'
import type * as z from 'zod/mini'
import type { User } from '../../src/api/schemas-v1-1'
import { mockSession } from '../data/accounts'
import { db } from '../data/db'

export function currentUser(): User | undefined {
  const id = mockSession.userId()
  return id ? db.users.find((u) => u.id === id) : undefined
}

const refusal = (status: number, code: string, message: string, extra: object = {}) =>
  HttpResponse.json({ error: { code, message, ...extra } }, { status })

export const unauthenticated = () => refusal(401, 'unauthenticated', 'Sign in first')
export const forbidden = () => refusal(403, 'forbidden', 'You may not do this')
export const conflict = (message: string) => refusal(409, 'conflict', message)

/** 422 with one entry per refused field, paths as the body names them (`note`, `progress`). */
export function invalid(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const fields = issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }))
  return refusal(422, 'invalid', 'Some fields need attention', { fields })
}

/** Parse a JSON body with a contract schema: the data, or the 422 to answer with. */
export async function parseBody<T extends z.ZodMiniType>(
  request: Request,
  schema: T,
): Promise<{ data: z.infer<T> } | { response: Response }> {
  let raw: unknown
  try {
    raw = await request.json()
  } catch {
    return { response: invalid([{ path: [], message: 'The body must be JSON' }]) }
  }
  const parsed = schema.safeParse(raw)
  return parsed.success ? { data: parsed.data } : { response: invalid(parsed.error.issues) }
}

export const nowIso = () => new Date().toISOString()

export function audit(actor: User | undefined, action: string, target: string, before?: unknown, after?: unknown) {
  db.audit.unshift({
    id: `a-${db.audit.length + 1}`,
    at: nowIso(),
    actor: actor ? { id: actor.id, name: actor.name } : null,
    action,
    target,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  })
}
