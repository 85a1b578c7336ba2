import { http, HttpResponse } from 'msw'
import { db } from '../data/db'
import { apiPath, notFound } from './api-path'

export const indicatorHandlers = [
  http.get(`${apiPath}/indicators`, () => HttpResponse.json({ items: db.indicators })),
  http.get<{ id: string }>(`${apiPath}/indicators/:id`, ({ params }) => {
    const indicator = db.indicators.find((i) => i.id === params.id)
    if (!indicator) return HttpResponse.json(notFound('indicator', params.id), { status: 404 })
    return HttpResponse.json(indicator)
  }),
]
