// The shape of every v1 read: revision → cached body or build it → ETag/304 → compressed bytes.
import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import type * as z from 'zod/mini'
import type { Schema } from '../db/schema'
import type { AppEnv } from '../env'
import { ApiError, type FieldError } from './api-error'
import { jsonRepresentation, sendRepresentation } from './representation'

/** Clients may keep a read but must ask again (cheaply, with If-None-Match) before using it. */
const apiCacheControl = 'no-cache'

export async function sendRead(
  c: Context<AppEnv>,
  key: string,
  build: (db: Kysely<Schema>) => Promise<unknown>,
  whenMissing?: () => ApiError,
): Promise<Response> {
  const { db } = c.var
  const revision = await db.readRevision()
  const rep = await c.var.cache.get(
    key,
    revision,
    async () => {
      const value = await build(db.kysely)
      return value === undefined ? undefined : jsonRepresentation(value)
    },
    async (built) => (await db.readRevision()) === built,
  )
  if (!rep) throw whenMissing?.() ?? new ApiError(404, 'not_found', 'Not found')
  return sendRepresentation(c, rep, apiCacheControl)
}

/** Ids the database could never hold (control characters, absurd lengths) are simply not found. */
export function readId(c: Context, what: string): string {
  const id = c.req.param('id') ?? ''
  if (id.length === 0 || id.length > 200 || hasControlCharacter(id) || !isWellFormed(id)) {
    throw new ApiError(404, 'not_found', `No ${what} with that id`)
  }
  return id
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/** False for a lone UTF-16 surrogate (`%ED%A0%80`), which no database text column can hold. */
function isWellFormed(text: string): boolean {
  try {
    encodeURIComponent(text)
    return true
  } catch {
    return false
  }
}

/** The query string through a zod schema; a failure is 400 with the fields that were wrong. */
export function parseQuery<T extends z.ZodMiniType>(c: Context, schema: T): z.infer<T> {
  const result = schema.safeParse(c.req.query())
  if (result.success) return result.data
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }))
  const described = fields.map((f) => `"${f.path}": ${f.message}`).join('; ')
  throw new ApiError(400, 'bad_request', `Invalid query parameter ${described}`, fields)
}
