// Request bodies: JSON only (anything else is refused as a possible cross-site form post, SERVER.md), parsed with
// the contract's zod schema; a failure is 422 `invalid` naming the fields. No body at all reads as `{}`.
import type { Context } from 'hono'
import type * as z from 'zod/mini'
import { ApiError, type FieldError } from './api-error'

export function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? '')
}

/**
 * Whether the request carries a body at all (`POST /reports/{id}/approve` may come without one). Over HTTP the
 * headers say; a Request built in memory (tests) may have neither header, so its own body and type count there.
 */
export function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length')
  if (length !== null) return length !== '0'
  if (request.headers.has('transfer-encoding')) return true
  return request.body !== null && request.headers.has('content-type')
}

export async function readJson<T extends z.ZodMiniType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown = {}
  if (hasBody(c.req.raw)) {
    if (!isJson(c.req.header('content-type'))) throw new ApiError(403, 'forbidden', 'Writes need a JSON body')
    try {
      body = await c.req.json()
    } catch {
      throw new ApiError(400, 'bad_request', 'The body is not valid JSON')
    }
  }
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  throw new ApiError(422, 'invalid', 'Some fields are not valid', fields)
}
