import type * as z from 'zod/mini'
import { apiBaseUrl } from './config'
import { ContractError, HttpError, NetworkError, type FieldProblem } from './errors'
import { slices, textInSlices } from './slices'

/** The contract's schemas, loaded with the first request (src/api/contract.ts). */
export type Contract = typeof import('./contract')
/** Which schema of the contract an answer must meet, e.g. `(contract) => contract.planSchema`. */
export type SchemaOf<T extends z.ZodMiniType> = (contract: Contract) => T

/** A chunk that cannot load (offline, a new deployment) fails like the request it serves: retried, then shown. */
function loadContract(url: string): Promise<Contract> {
  return import('./contract').catch((cause: unknown) => {
    throw new NetworkError(url, { cause })
  })
}

function formatPath(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(body)'
}

interface ErrorBody {
  code?: string
  message?: string
  fields?: FieldProblem[]
  current?: unknown
}

async function readErrorBody(url: string, response: Response): Promise<ErrorBody> {
  try {
    const [text, { apiErrorBodySchema }] = await Promise.all([response.text(), loadContract(url)])
    const raw: unknown = JSON.parse(text)
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
  const { code, message, fields, current } = await readErrorBody(url, response)
  throw new HttpError(url, response.status, code, message, { fields, current })
}

type Checked = { ok: true; data: unknown } | { ok: false; path: PropertyKey[]; message: string }

function checkWhole(schema: z.ZodMiniType, body: unknown): Checked {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data }
  const issue = result.error.issues[0]
  return { ok: false, path: issue?.path ?? [], message: issue?.message ?? 'invalid' }
}

/**
 * A list (`{ items: […] }`) item by item, yielding to the page between slices, then the rest of it: checked in one go,
 * the 10,000 activities of a large plan held the page for 130–340 ms.
 */
async function checkList(schema: z.ZodMiniType, itemSchema: z.ZodMiniType, body: unknown): Promise<Checked> {
  if (typeof body !== 'object' || body === null || !('items' in body) || !Array.isArray(body.items)) {
    return checkWhole(schema, body)
  }
  const items: unknown[] = body.items
  const checked = new Array<unknown>(items.length)
  const pause = slices()
  for (let index = 0; index < items.length; index++) {
    const item = checkWhole(itemSchema, items[index])
    if (!item.ok) return { ...item, path: ['items', index, ...item.path] }
    checked[index] = item.data
    await pause()
  }
  const rest = checkWhole(schema, { ...body, items: [] })
  return rest.ok ? { ok: true, data: { ...(rest.data as object), items: checked } } : rest
}

/**
 * The body checked against `schema`; a body that breaks it is a `ContractError` naming the field. A list's
 * `itemSchema` (the contract's `listItemSchema`) has it checked in slices.
 */
export async function parseBody<T extends z.ZodMiniType>(
  url: string,
  response: Response,
  schema: T,
  itemSchema?: z.ZodMiniType,
): Promise<z.infer<T>> {
  let body: unknown
  try {
    body = JSON.parse(response.body ? await textInSlices(response.body) : await response.text())
  } catch {
    throw new ContractError(url, '(body)', 'not JSON')
  }
  const result = itemSchema ? await checkList(schema, itemSchema, body) : checkWhole(schema, body)
  if (!result.ok) throw new ContractError(url, formatPath(result.path), result.message)
  return result.data as z.infer<T>
}

/** GET `path` under the API base URL and check the body against the schema `schemaOf` picks. Throws an `ApiError`. */
export async function getJson<T extends z.ZodMiniType>(
  path: string,
  schemaOf: SchemaOf<T>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<z.infer<T>> {
  const url = resolve(path)
  const [response, contract] = await Promise.all([
    request(url, { signal, headers: { Accept: 'application/json' } }),
    loadContract(url),
  ])
  const schema = schemaOf(contract)
  return parseBody(url, response, schema, contract.listItemSchema(schema))
}

/**
 * Send `body` as JSON with `method` and check the answer against the schema `responseSchemaOf` picks (`null`: no body
 * expected, as for a 204). Throws an `ApiError`; an `HttpError` carries the 422 `fields` and the 409 `current` record.
 */
export async function sendJson<T extends z.ZodMiniType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  responseSchemaOf: SchemaOf<T>,
): Promise<z.infer<T>>
export async function sendJson(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  responseSchemaOf: null,
): Promise<undefined>
export async function sendJson<T extends z.ZodMiniType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  responseSchemaOf: SchemaOf<T> | null,
): Promise<z.infer<T> | undefined> {
  const url = resolve(path)
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const [response, contract] = await Promise.all([
    request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    responseSchemaOf && loadContract(url),
  ])
  if (responseSchemaOf === null || contract === null || response.status === 204) return undefined
  return parseBody(url, response, responseSchemaOf(contract))
}
