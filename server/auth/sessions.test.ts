// Sign-in, sessions and the cookie, on every engine.
import { createLogger } from '../logger'
import { cookieOf, password, people, testApp, type TestApp } from '../test/accounts'
import { engines } from '../test/databases'
import { pinnedNow } from '../test/implementations'
import { resetPassword, disableAccount } from './accounts'

const signInBody = (email: string, pw: string) => ({ email, password: pw })

describe.each(engines)('sessions on %s', (_name, open) => {
  let api: TestApp
  const logLines: string[] = []
  let now = pinnedNow
  beforeAll(async () => {
    api = await testApp(open, {
      logger: createLogger('debug', (line) => logLines.push(line)),
      clock: () => now,
      config: { trustProxy: true },
    })
  })
  afterAll(() => api.close())
  afterEach(() => {
    now = pinnedNow
  })

  test('sign-in answers the User and an HttpOnly SameSite=Lax cookie; GET /session knows the user', async () => {
    const response = await api.json('/session', signInBody(people.reporter.email.toUpperCase(), password))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ email: people.reporter.email, role: 'reporter', ownerId: 'moe' })
    const header = response.headers.get('set-cookie') ?? ''
    expect(header).toMatch(/HttpOnly/)
    expect(header).toMatch(/SameSite=Lax/)
    expect(header).toMatch(/Path=\//)
    expect(header).not.toMatch(/Secure/)
    const me = await api.request('/session', { as: cookieOf(response) })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ email: people.reporter.email })
    expect((await api.request('/session')).status).toBe(401)
  })

  test('the cookie is Secure when the request came over HTTPS', async () => {
    const response = await api.json('/session', signInBody(people.viewer.email, password), {
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(response.headers.get('set-cookie')).toMatch(/Secure/)
  })

  test('every sign-in makes a new token, and the browser’s previous one ends', async () => {
    const first = await api.signIn('viewer')
    const second = (
      await api.json('/session', signInBody(people.viewer.email, password), { headers: { cookie: first } })
    ).headers.get('set-cookie')
    expect(second?.split(';')[0]).not.toBe(first)
    expect((await api.request('/session', { as: first })).status).toBe(401)
  })

  test('wrong password, unknown email and a disabled account all answer 401 invalid_credentials', async () => {
    for (const [email, pw] of [
      [people.viewer.email, 'wrong password!'],
      ['nobody@example.kz', password],
    ] as const) {
      const response = await api.json('/session', signInBody(email, pw), { headers: { 'x-test': email } })
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({
        error: { code: 'invalid_credentials', message: expect.any(String) as string },
      })
    }
  })

  test('sign-out ends the session on the server, not only the cookie', async () => {
    const cookie = await api.signIn('secretariat')
    expect((await api.request('/session', { as: cookie })).status).toBe(200)
    expect((await api.request('/session', { as: cookie, method: 'DELETE' })).status).toBe(204)
    expect((await api.request('/session', { as: cookie })).status).toBe(401)
    expect(await api.test.db.kysely.selectFrom('sessions').selectAll().execute()).not.toContainEqual(
      expect.objectContaining({ user_id: expect.any(String) as string, token_hash: cookie.split('=')[1] }),
    )
  })

  test('idle for 8 hours, or 7 days after sign-in, a session is dead', async () => {
    const cookie = await api.signIn('viewer')
    now = new Date(pinnedNow.getTime() + 7 * 60 * 60 * 1000)
    expect((await api.request('/session', { as: cookie })).status).toBe(200)
    now = new Date(now.getTime() + 8 * 60 * 60 * 1000 + 1000)
    expect((await api.request('/session', { as: cookie })).status).toBe(401)
    // Sliding: used every 7 hours, it lives until the absolute limit.
    now = pinnedNow
    const busy = await api.signIn('viewer')
    for (let hours = 7; hours < 7 * 24; hours += 7) {
      now = new Date(pinnedNow.getTime() + hours * 60 * 60 * 1000)
      expect((await api.request('/session', { as: busy })).status, `${hours} h`).toBe(200)
    }
    now = new Date(pinnedNow.getTime() + 7 * 24 * 60 * 60 * 1000)
    expect((await api.request('/session', { as: busy })).status).toBe(401)
  })

  test('a password reset or a disabled account ends every session of that user', async () => {
    const cookie = await api.signIn('otherReporter')
    await resetPassword(api.test.db.kysely, people.otherReporter.email, 'a brand new password', pinnedNow)
    expect((await api.request('/session', { as: cookie })).status).toBe(401)
    expect((await api.json('/session', signInBody(people.otherReporter.email, password))).status).toBe(401)
    const again = await api.json('/session', signInBody(people.otherReporter.email, 'a brand new password'))
    expect(again.status).toBe(200)
    await disableAccount(api.test.db.kysely, people.otherReporter.email, pinnedNow)
    expect((await api.request('/session', { as: cookieOf(again) })).status).toBe(401)
    expect((await api.json('/session', signInBody(people.otherReporter.email, 'a brand new password'))).status).toBe(
      401,
    )
  })

  test('5 failures in 15 minutes for an email: 429, even with the right password; later it works again', async () => {
    const email = people.secretariat.email
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } })
    for (let i = 0; i < 5; i++)
      expect((await api.json('/session', signInBody(email, `wrong ${i}`), from(`198.51.100.${i}`))).status).toBe(401)
    const refused = await api.json('/session', signInBody(email, password), from('198.51.100.77'))
    expect(refused.status).toBe(429)
    expect(await refused.json()).toMatchObject({ error: { code: 'too_many_attempts' } })
    now = new Date(pinnedNow.getTime() + 16 * 60 * 1000)
    expect((await api.json('/session', signInBody(email, password), from('198.51.100.77'))).status).toBe(200)
  })

  test('5 failures in 15 minutes from one address: 429 for any email from there, not from elsewhere', async () => {
    const from = (address: string) => ({ headers: { 'x-forwarded-for': `10.0.0.1, ${address}` } })
    for (let i = 0; i < 5; i++)
      expect(
        (await api.json('/session', signInBody(`guess${i}@example.kz`, password), from('203.0.113.9'))).status,
      ).toBe(401)
    expect((await api.json('/session', signInBody(people.viewer.email, password), from('203.0.113.9'))).status).toBe(
      429,
    )
    expect((await api.json('/session', signInBody(people.viewer.email, password), from('203.0.113.10'))).status).toBe(
      200,
    )
  })

  test('passwords and tokens never reach the log, the errors or the audit log', async () => {
    const response = await api.json('/session', signInBody(people.viewer.email, password))
    const token = cookieOf(response).split('=')[1] as string
    // Used for a read, a refused write and a sign-out, each logged as a request.
    await api.request('/session', { as: cookieOf(response) })
    await api.json('/reports/nope/approve', {}, { as: cookieOf(response) })
    await api.request('/session', { as: cookieOf(response), method: 'DELETE' })
    const wrong = await api.json('/session', signInBody(people.viewer.email, 'secret-wrong-pw'))
    const errorText = await wrong.text()
    const audit = JSON.stringify(await api.test.db.kysely.selectFrom('audit').selectAll().execute())
    const sessions = JSON.stringify(await api.test.db.kysely.selectFrom('sessions').selectAll().execute())
    expect(logLines.length).toBeGreaterThan(0)
    for (const secret of [password, 'secret-wrong-pw', token]) {
      expect(logLines.join('\n')).not.toContain(secret)
      expect(errorText).not.toContain(secret)
      expect(audit).not.toContain(secret)
      expect(sessions).not.toContain(secret)
    }
    expect(audit).toContain('session.fail')
    expect(audit).toContain('session.create')
  })
})
