// The client's address, for sign-in throttling. Directly connected, it is the socket's peer. Behind a reverse proxy
// (TRUST_PROXY=1) every request would come from the proxy, so the address the nearest proxy appended to
// X-Forwarded-For is used instead; without TRUST_PROXY that header is ignored, since any client can send it.
import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim()
    if (forwarded) return forwarded.slice(0, 100)
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // app.request() in tests has no socket
  }
}
