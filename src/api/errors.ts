// The three ways a request can fail. Callers tell them apart with instanceof; the error panel words each one.

/** A field a 422 refused: `path` as the request body names it (`note`, `progress`, `note.kk`). */
export interface FieldProblem {
  path: string
  message: string
}

/**
 * The server answered with a non-2xx status. `code` and `message` come from the body when it had them; a 422 adds
 * the refused `fields`, a 409 `stale` the `current` record (unparsed: the caller knows which schema it has).
 */
export class HttpError extends Error {
  readonly name = 'HttpError'
  readonly fields: FieldProblem[]
  readonly current: unknown
  constructor(
    readonly url: string,
    readonly status: number,
    readonly code?: string,
    readonly serverMessage?: string,
    details: { fields?: FieldProblem[]; current?: unknown } = {},
  ) {
    super(`${url} answered ${status}${code ? ` (${code})` : ''}${serverMessage ? `: ${serverMessage}` : ''}`)
    this.fields = details.fields ?? []
    this.current = details.current
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends Error {
  readonly name = 'NetworkError'
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`${url} could not be reached`, options)
  }
}

/** The server answered, but the body breaks the API contract at `field` (e.g. `items.3.status`). */
export class ContractError extends Error {
  readonly name = 'ContractError'
  constructor(
    readonly url: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${url} sent data this page cannot read at "${field}": ${detail}`)
  }
}

export type ApiError = HttpError | NetworkError | ContractError

/** Network errors and 5xx may pass; a 4xx or a contract break fails the same way every time. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  if (error instanceof HttpError) return error.status >= 500
  return false
}
