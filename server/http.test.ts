// HTTP behaviour around the contract: conditional GETs, compression, security headers, limits and bad input.
import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { apiErrorBodySchema } from '../src/api/schemas'
import { samplePlan } from '../mocks/data/sample-plan'
import { createApp, type App } from './app'
import { seedPlan } from './db/seed'
import { securityHeaders } from './http/security-headers'
import { engines, seededDatabase, type TestDatabase } from './test/databases'
import { pinnedNow } from './test/implementations'

describe.each(engines)('HTTP on %s', (_name, open) => {
  let database: TestDatabase
  let app: App
  beforeAll(async () => {
    database = await seededDatabase(open, pinnedNow)
    app = createApp({ db: database.db, clock: () => pinnedNow, config: {} })
  })
  afterAll(() => database.dispose())

  const expectErrorBody = async (response: Response, status: number, code: string) => {
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe(code)
  }

  describe('conditional GETs', () => {
    test.each([
      '/plan',
      '/owners',
      '/tasks',
      '/tasks/t-001',
      '/indicators',
      '/indicators/ind-4-1-1-math',
      '/updates?since=2026-05-01',
    ])('%s has an ETag and answers 304 to If-None-Match, with no body', async (path) => {
      const first = await app.request(`/api/v1${path}`)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^W\/".+"$/)
      expect(first.headers.get('cache-control')).toBe('no-cache')
      const again = await app.request(`/api/v1${path}`, { headers: { 'If-None-Match': etag ?? '' } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      const other = await app.request(`/api/v1${path}`, { headers: { 'If-None-Match': 'W/"something-else"' } })
      expect(other.status).toBe(200)
    })

    test('a write (here: the plan loaded anew a day later) changes the body and the ETag, in every process', async () => {
      const other = createApp({ db: database.db, clock: () => pinnedNow, config: {} }) // a second process, same db
      const before = await app.request('/api/v1/tasks')
      await other.request('/api/v1/tasks')
      const etag = before.headers.get('etag') ?? ''
      const dayLater = new Date(pinnedNow.getTime() + 86_400_000)
      await seedPlan(database.db.kysely, samplePlan(dayLater), { now: dayLater, replace: true })
      for (const process of [app, other]) {
        const after = await process.request('/api/v1/tasks', { headers: { 'If-None-Match': etag } })
        expect(after.status).toBe(200)
        expect(after.headers.get('etag')).not.toBe(etag)
        const { items } = (await after.json()) as { items: { id: string; dueDate: string }[] }
        expect(items.find((t) => t.id === 't-001')?.dueDate).toBe(samplePlan(dayLater).tasks[0]?.dueDate)
      }
      await seedPlan(database.db.kysely, samplePlan(pinnedNow), { now: pinnedNow, replace: true })
    })
  })

  describe('compression', () => {
    test.each([
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const)('%s when the client accepts it, with the same bytes inside', async (encoding, decompress) => {
      const plain = Buffer.from(await (await app.request('/api/v1/tasks')).arrayBuffer())
      const response = await app.request('/api/v1/tasks', { headers: { 'Accept-Encoding': `${encoding}, identity` } })
      expect(response.headers.get('content-encoding')).toBe(encoding)
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      const compressed = Buffer.from(await response.arrayBuffer())
      expect(compressed.length).toBeLessThan(plain.length / 3)
      expect(decompress(compressed).equals(plain)).toBe(true)
    })

    test('prefers br, honours q=0, and leaves small bodies alone', async () => {
      const both = await app.request('/api/v1/tasks', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
      expect(both.headers.get('content-encoding')).toBe('br')
      const noBr = await app.request('/api/v1/tasks', { headers: { 'Accept-Encoding': 'br;q=0, gzip' } })
      expect(noBr.headers.get('content-encoding')).toBe('gzip')
      const small = await app.request('/api/v1/health', { headers: { 'Accept-Encoding': 'br' } })
      expect(small.headers.get('content-encoding')).toBeNull()
    })
  })

  describe('security headers', () => {
    test.each([
      ['a read', '/api/v1/tasks', {}],
      ['a 304', '/api/v1/plan', { headers: { 'If-None-Match': '*' } }],
      ['a 404', '/api/v1/tasks/nope', {}],
      ['a 405', '/api/v1/tasks', { method: 'DELETE' }],
      ['an unknown API path', '/api/v1/nope', {}],
      ['a page when no app is built', '/tasks', {}],
    ] as const)('on %s', async (_what, path, init) => {
      const response = await app.request(path, init)
      for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), name).toBe(value)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("base-uri 'none'")
      expect(csp).toMatch(/script-src 'self'(;|$)/)
    })
  })

  describe('limits and bad input', () => {
    test('unknown /api/v1 paths are a JSON 404', async () => {
      await expectErrorBody(await app.request('/api/v1/nope'), 404, 'not_found')
      await expectErrorBody(await app.request('/api/v1/tasks/t-001/extra'), 404, 'not_found')
    })

    test('another method on a known path is 405 with Allow', async () => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await app.request('/api/v1/tasks/t-001', { method })
        await expectErrorBody(response, 405, 'method_not_allowed')
        expect(response.headers.get('allow')).toBe('GET, HEAD')
      }
    })

    test('HEAD answers like GET without a body', async () => {
      const response = await app.request('/api/v1/tasks', { method: 'HEAD' })
      expect(response.status).toBe(200)
      expect(response.headers.get('etag')).toMatch(/^W\//)
      expect(await response.text()).toBe('')
    })

    test('a body over 1 MiB is 413', async () => {
      const body = 'x'.repeat(1024 * 1024 + 1)
      await expectErrorBody(await app.request('/api/v1/tasks', { method: 'POST', body }), 413, 'too_large')
      const chunked = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(512 * 1024)))
          controller.close()
        },
      })
      const init = { method: 'POST', body: chunked, duplex: 'half' } as RequestInit
      await expectErrorBody(await app.request('/api/v1/tasks', init), 413, 'too_large')
    })

    test.each([
      ['a NUL byte', '/api/v1/tasks/%00', 404],
      ['a control character', '/api/v1/indicators/a%0Ab', 404],
      ['a lone surrogate', '/api/v1/tasks/%ED%A0%80', 404],
      ['malformed percent-encoding', '/api/v1/tasks/%E0%A4%A', 404],
      ['a 5,000-character id', `/api/v1/tasks/${'a'.repeat(5000)}`, 404],
      ['an encoded ..', '/api/v1/tasks/%2e%2e', 404],
      ['.. that climbs out', '/api/v1/tasks/../../../etc/passwd', 404],
      ['a 100 KB query string', `/api/v1/tasks?q=${'a'.repeat(100 * 1024)}`, 414],
      ['a 100 KB since', `/api/v1/updates?since=${'2'.repeat(100 * 1024)}`, 414],
      ['a repeated since', '/api/v1/updates?since=x&since=2026-01-01', 400],
    ])('%s is a 4xx with an error body', async (_what, path, status) => {
      const response = await app.request(path)
      expect(response.status).toBe(status)
      expect(apiErrorBodySchema.safeParse(await response.json()).success).toBe(true)
    })
  })
})
