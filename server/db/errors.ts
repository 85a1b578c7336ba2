// Which failures mean "the database is not answering" (503: try again later) rather than a bug (500).
const unavailableErrnos = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
])
const unavailableSqliteCodes = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|PROTOCOL|NOTADB|CORRUPT|READONLY)/

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') {
    if (unavailableErrnos.has(code)) return true
    // PostgreSQL SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57P operator intervention
    // (shutdown, restart), 57014 statement timeout.
    if (/^(08|53|57P)/.test(code) || code === '57014') return true
    if (unavailableSqliteCodes.test(code)) return true
  }
  // node-postgres and better-sqlite3 say these in words, without a code; "not queryable" is node-postgres on a
  // connection that died inside a transaction (PostgreSQL stopped mid-apply of an import).
  if (
    /Connection terminated|connection timeout|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect|database connection is not open|Cannot use a pool after calling end|driver has already been destroyed/i.test(
      error.message,
    )
  ) {
    return true
  }
  return error.cause !== undefined && error.cause !== error && isDatabaseUnavailable(error.cause)
}
