// Whatever path or query string arrives, the server answers 4xx or 2xx, never 5xx, and every API error is in
// contract v1's shape.
import fc from 'fast-check'
import { apiErrorBodySchema } from '../src/api/schemas'
import { createApp, type App } from './app'
import { engines, seededDatabase, type TestDatabase } from './test/databases'
import { pinnedNow } from './test/implementations'

const segment = fc.oneof(
  fc.constantFrom(
    'tasks',
    'indicators',
    'updates',
    'plan',
    'owners',
    'health',
    't-001',
    '..',
    '.',
    '%00',
    '%2e%2e',
    '%',
    '%zz',
    '%ED%A0%80',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
  fc.string({ maxLength: 300 }),
)
const query = fc.oneof(
  fc.constant(''),
  fc
    .dictionary(fc.constantFrom('since', 'q', 'status', 'x'), fc.string({ unit: 'binary', maxLength: 60 }))
    .map((params) => `?${new URLSearchParams(params)}`),
  fc.string({ maxLength: 200 }).map((raw) => `?${raw}`),
  fc.integer({ min: 1, max: 120 }).map((kb) => `?since=${'9'.repeat(kb * 1024)}`),
)
const path = fc
  .tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), query)
  .map(([segments, q]) => `/api/v1/${segments.join('/')}${q}`)
const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS')

describe.each(engines)('fuzzing the server on %s', (_name, open) => {
  let database: TestDatabase
  let app: App
  beforeAll(async () => {
    database = await seededDatabase(open, pinnedNow)
    app = createApp({ db: database.db, clock: () => pinnedNow, config: {} })
  })
  afterAll(() => database.dispose())

  test('no path, query string or method gets a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(path, method, async (target, verb) => {
        let request: Request
        try {
          request = new Request(`http://127.0.0.1${target}`, { method: verb })
        } catch {
          return // not a URL any client could send
        }
        const response = await app.request(request)
        expect(response.status, `${verb} ${target.slice(0, 200)}`).toBeLessThan(500)
        if (response.status >= 400 && verb !== 'HEAD') {
          expect(apiErrorBodySchema.safeParse(await response.json()).success).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
