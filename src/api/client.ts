import type * as z from 'zod/mini'
import { apiBaseUrl } from './config'
import { apiErrorBodySchema } from './schemas'
import { ContractError, HttpError, NetworkError } from './errors'

function formatPath(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(body)'
}

async function readErrorBody(response: Response): Promise<{ code?: string; message?: string }> {
  try {
    const parsed = apiErrorBodySchema.safeParse(JSON.parse(await response.text()))
    return parsed.success ? parsed.data.error : {}
  } catch {
    // An empty or non-JSON error body is allowed by the contract: the status alone must do.
    return {}
  }
}

/** GET `path` under the API base URL and check the body against `schema`. Throws an `ApiError`. */
export async function getJson<T extends z.ZodMiniType>(
  path: string,
  schema: T,
  { signal }: { signal?: AbortSignal } = {},
): Promise<z.infer<T>> {
  // Resolve against the page so a same-origin base (`/api/v1`) works in every runtime, tests included.
  const url = new URL(`${apiBaseUrl}${path}`, globalThis.location?.href).href
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new NetworkError(url, { cause })
  }
  if (!response.ok) {
    const { code, message } = await readErrorBody(response)
    throw new HttpError(url, response.status, code, message)
  }
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
