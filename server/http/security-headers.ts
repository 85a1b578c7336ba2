// SERVER.md "Security rules": these headers on every response, API and app alike, errors and 304s included.
import type { MiddlewareHandler } from 'hono'

// Vite's production build loads only module scripts from /assets (no inline script), so script-src 'self' holds.
// React `style=` attributes are inline styles, hence style-src 'unsafe-inline' (styles cannot run code).
// img-src data: is for the `<link rel="icon" href="data:,">` of index.html; blob: is for "Download PNG", which draws
// the chart's SVG from a blob: URL onto a canvas (the e2e test on this server caught its absence).
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ')

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

const entries = Object.entries(securityHeaders)

// Set before the handler runs, so every response the context builds (c.json, c.body, errors included) carries
// them; touching c.res.headers afterwards would make @hono/node-server build a full Response for each request.
export const withSecurityHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of entries) c.header(name, value)
  await next()
}
