import type * as z from 'zod/mini'
import { apiBaseUrl } from './config'
import { apiErrorBodySchema } from './schemas'
import { ContractError, HttpError, NetworkError, type FieldProblem } from './errors'

function formatPath(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(body)'
}

interface ErrorBody {
  code?: string
  message?: string
  fields?: FieldProblem[]
  current?: unknown
}

async function readErrorBody(response: Response): Promise<ErrorBody> {
  try {
    const raw: unknown = JSON.parse(await response.text())
    const parsed = apiErrorBodySchema.safeParse(raw)
    if (!parsed.success) return {}
    // `current` sits beside `error` (409 stale); the schema strips it, so it is read from the raw body.
    const current = typeof raw === 'object' && raw !== null && 'current' in raw ? raw.current : undefined
    return { ...parsed.data.error, current }
  } catch {
    // An empty or non-JSON error body is allowed by the contract: the status alone must do.
    return {}
  }
}

/** The absolute URL of `path` under the API base URL. */
export function resolve(path: string): string {
  // Resolve against the page so a same-origin base (`/api/v1`) works in every runtime, tests included.
  return new URL(`${apiBaseUrl}${path}`, globalThis.location?.href).href
}

async function request(url: string, init: RequestInit): Promise<Response> {
  let response: Response
  try {
    // Same origin: the session cookie goes along (`credentials: 'same-origin'` is fetch's default, said aloud).
    response = await fetch(url, { credentials: 'same-origin', ...init })
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw new NetworkError(url, { cause })
  }
  await failUnlessOk(url, response)
  return response
}

/** A non-2xx answer becomes an `HttpError` with the body's code, message and details. */
export async function failUnlessOk(url: string, response: Response): Promise<void> {
  if (response.ok) return
  const { code, message, fields, current } = await readErrorBody(response)
  throw new HttpError(url, response.status, code, message, { fields, current })
}

/** The body checked against `schema`; a body that breaks it is a `ContractError` naming the field. */
export async function parseBody<T extends z.ZodMiniType>(
  url: string,
  response: Response,
  schema: T,
): Promise<z.infer<T>> {
  let body: unknown
  try {
    body = JSON.parse(await response.text())
  } catch {
    throw new ContractError(url, '(body)', 'not JSON')
  }
  const result = schema.safeParse(body)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new ContractError(url, issue ? formatPath(issue.path) : '(body)', issue?.message ?? 'invalid')
  }
  return result.data
}

/** GET `path` under the API base URL and check the body against `schema`. Throws an `ApiError`. */
export async function getJson<T extends z.ZodMiniType>(
  path: string,
  schema: T,
  { signal }: { signal?: AbortSignal } = {},
): Promise<z.infer<T>> {
  const url = resolve(path)
  const response = await request(url, { signal, headers: { Accept: 'application/json' } })
  return parseBody(url, response, schema)
}

/**
 * Send `body` as JSON with `method` and check the answer against `responseSchema` (`null`: no body expected, as for
 * a 204). Throws an `ApiError`; an `HttpError` carries the 422 `fields` and the 409 `current` record.
 */
export async function sendJson<T extends z.ZodMiniType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  responseSchema: T,
): Promise<z.infer<T>>
export async function sendJson(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  responseSchema: null,
): Promise<undefined>
export async function sendJson<T extends z.ZodMiniType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  responseSchema: T | null,
): Promise<z.infer<T> | undefined> {
  const url = resolve(path)
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await request(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (responseSchema === null || response.status === 204) return undefined
  return parseBody(url, response, responseSchema)
}
