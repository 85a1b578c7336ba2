import { http, HttpResponse } from 'msw'
import { db, toTask } from '../data/db'
import { apiPath, notFound } from './api-path'

export const taskHandlers = [
  http.get(`${apiPath}/tasks`, () => HttpResponse.json({ items: db.tasks.map(toTask) })),
  http.get<{ id: string }>(`${apiPath}/tasks/:id`, ({ params }) => {
    const task = db.tasks.find((t) => t.id === params.id)
    if (!task) return HttpResponse.json(notFound('activity', params.id), { status: 404 })
    return HttpResponse.json({ ...task, updates: db.updates.filter((u) => u.taskId === task.id) })
  }),
]
