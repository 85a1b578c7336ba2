import { http, HttpResponse } from 'msw'
import { signInSchema } from '../../src/api/schemas-v1-1'
import { demoPassword, mockSession } from '../data/accounts'
import { db } from '../data/db'
import { apiPath } from './api-path'
import { audit, currentUser, parseBody, unauthenticated } from './auth'

const maxFailures = 5
const failures = {
  get: (email: string) => db.signInFailures[email] ?? 0,
  set: (email: string, count: number) => (db.signInFailures[email] = count),
}

export const sessionHandlers = [
  http.get(`${apiPath}/session`, () => {
    const user = currentUser()
    return user ? HttpResponse.json(user) : unauthenticated()
  }),
  http.post(`${apiPath}/session`, async ({ request }) => {
    const body = await parseBody(request, signInSchema)
    if ('response' in body) return body.response
    const email = body.data.email.toLowerCase()
    if (failures.get(email) >= maxFailures) {
      const error = { code: 'too_many_attempts', message: 'Too many failed attempts; try again in 15 minutes' }
      return HttpResponse.json({ error }, { status: 429 })
    }
    const user = db.users.find((u) => u.email === email)
    if (!user || body.data.password !== demoPassword) {
      failures.set(email, failures.get(email) + 1)
      audit(undefined, 'session.fail', `email:${email}`)
      const error = { code: 'invalid_credentials', message: 'Wrong email or password' }
      return HttpResponse.json({ error }, { status: 401 })
    }
    failures.set(email, 0)
    mockSession.start(user.id)
    audit(user, 'session.create', `user:${user.id}`)
    return HttpResponse.json(user)
  }),
  http.delete(`${apiPath}/session`, () => {
    const user = currentUser()
    if (!user) return unauthenticated()
    mockSession.end()
    audit(user, 'session.delete', `user:${user.id}`)
    return new HttpResponse(null, { status: 204 })
  }),
]
