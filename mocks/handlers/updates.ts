import { http, HttpResponse } from 'msw'
import { db } from '../data/db'
import { apiPath } from './api-path'

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/

export const updateHandlers = [
  http.get(`${apiPath}/updates`, ({ request }) => {
    const since = new URL(request.url).searchParams.get('since') ?? ''
    if (!isoDatePattern.test(since) || Number.isNaN(Date.parse(since))) {
      const error = { code: 'bad_request', message: 'Query parameter "since" must be a date, YYYY-MM-DD' }
      return HttpResponse.json({ error }, { status: 400 })
    }
    // `at` carries its own offset; compare calendar dates as written there, the way the plan's staff read them.
    return HttpResponse.json({ items: db.updates.filter((u) => u.at.slice(0, 10) >= since) })
  }),
]
