// Request bodies: JSON only (anything else is refused as a possible cross-site form post, SERVER.md), parsed with
// the contract's zod schema; a failure is 422 `invalid` naming the fields.
import type { Context } from 'hono'
import type * as z from 'zod/mini'
import { ApiError, type FieldError } from './api-error'

export function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? '')
}

export async function readJson<T extends z.ZodMiniType>(c: Context, schema: T): Promise<z.infer<T>> {
  if (!isJson(c.req.header('content-type'))) throw new ApiError(403, 'forbidden', 'Writes need a JSON body')
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new ApiError(400, 'bad_request', 'The body is not valid JSON')
  }
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  throw new ApiError(422, 'invalid', 'Some fields are not valid', fields)
}
