// The built app: hashed assets cached for a year, index.html revalidated, history fallback, nothing outside dist/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { createApp, type App } from '../app'
import { freshSqlite, seededDatabase, type TestDatabase } from '../test/databases'
import { pinnedNow } from '../test/implementations'
import { securityHeaders } from './security-headers'

let database: TestDatabase
let app: App
let root: string
const script = `console.log(${JSON.stringify('x'.repeat(4000))})`

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sdg4-static-'))
  const dist = join(root, 'dist')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>',
  )
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), script)
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  writeFileSync(join(root, 'secret.txt'), 'not for the web')
  database = await seededDatabase(freshSqlite, pinnedNow)
  app = createApp({ db: database.db, clock: () => pinnedNow, config: { distDir: dist } })
})
afterAll(async () => {
  await database.dispose()
  rmSync(root, { recursive: true, force: true })
})

const html = { headers: { Accept: 'text/html,application/xhtml+xml' } }

test('/ is index.html, revalidated every time, with the security headers', async () => {
  const response = await app.request('/', html)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(response.headers.get('cache-control')).toBe('no-cache')
  for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name)).toBe(value)
  expect(await response.text()).toContain('/assets/index-abc123.js')
})

test('hashed assets are immutable for a year, compressed, and answer 304 to their ETag', async () => {
  const response = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } })
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(response.headers.get('content-encoding')).toBe('gzip')
  expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(script)
  const again = await app.request('/assets/index-abc123.js', {
    headers: { 'If-None-Match': response.headers.get('etag') ?? '' },
  })
  expect(again.status).toBe(304)
})

test.each(['/tasks', '/tasks/t-001?status=delayed', '/indicators/ind-4-1-1-math', '/owners/moe'])(
  'a page address (%s) gets index.html, so a reload or a shared link opens the app',
  async (path) => {
    const response = await app.request(path, html)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<!doctype html>')
  },
)

test('the service worker is revalidated every time, so a new version is found, and its script is allowed', async () => {
  // A worker cached by HTTP would hide new versions for as long as it is cached (docs/decisions/0011).
  const response = await app.request('/sw.js')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(response.headers.get('cache-control')).toBe('no-cache')
  // worker-src falls back to script-src, then default-src: 'self' lets the page register /sw.js.
  const csp = response.headers.get('content-security-policy') ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toMatch(/worker-src (?!'self')/)
})

test('a missing asset or a non-HTML request is a 404, not index.html', async () => {
  expect((await app.request('/assets/missing-000.js', html)).status).toBe(404)
  expect((await app.request('/missing.png', { headers: { Accept: 'image/*' } })).status).toBe(404)
})

test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00'])(
  'nothing outside dist/ is served (%s)',
  async (path) => {
    const response = await app.request(path)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await response.text()).not.toContain('not for the web')
  },
)

test('API paths never fall back to index.html', async () => {
  const response = await app.request('/api/v1/nope', html)
  expect(response.status).toBe(404)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
})
