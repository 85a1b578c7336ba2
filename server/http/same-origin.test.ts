// Writes from another site are refused before they reach a route (SERVER.md, "Security rules").
import { password, people, testApp, type TestApp } from '../test/accounts'
import { engines } from '../test/databases'

const [, openSqlite] = engines[0] as (typeof engines)[number]

describe('cross-site writes', () => {
  let api: TestApp
  beforeAll(async () => {
    api = await testApp(openSqlite)
  })
  afterAll(() => api.close())

  const report = async (headers: Record<string, string>, body?: string) => {
    const task = (await (await api.request('/tasks/t-001')).json()) as { updatedAt: string }
    return api.request('/tasks/t-001/reports', {
      method: 'POST',
      as: 'secretariat',
      headers: { 'content-type': 'application/json', ...headers },
      body: body ?? JSON.stringify({ status: 'in_progress', progress: 5, note: { en: 'x' }, basedOn: task.updatedAt }),
    })
  }

  test('a foreign Origin is 403, even with a valid session and body', async () => {
    const response = await report({ origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } })
  })

  test('Sec-Fetch-Site: cross-site is 403', async () => {
    expect((await report({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  test('the server’s own origin passes, also behind a proxy; no Origin passes too', async () => {
    expect((await report({ origin: 'http://localhost' })).status).toBe(201)
    expect(
      (
        await report({
          origin: 'https://dash.example.kz',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'dash.example.kz',
        })
      ).status,
    ).toBe(201)
    expect((await report({ 'sec-fetch-site': 'same-origin' })).status).toBe(201)
    expect((await report({})).status).toBe(201)
  })

  test('a form-encoded or plain-text body is 403 (a form post needs no preflight)', async () => {
    expect((await report({ 'content-type': 'application/x-www-form-urlencoded' }, 'status=completed')).status).toBe(403)
    expect((await report({ 'content-type': 'text/plain' }, '{"status":"completed"}')).status).toBe(403)
    expect((await report({ 'content-type': 'multipart/form-data; boundary=x' }, '--x--')).status).toBe(403)
  })

  test('sign-in from a foreign origin is 403 too (no login CSRF)', async () => {
    const response = await api.request('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: people.viewer.email, password }),
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})
