import { Hono } from 'hono'
import { getTask } from '../db/tasks'
import { listTasks } from '../db/tasks'
import { listUpdatesOfTask } from '../db/updates'
import type { AppEnv } from '../env'
import { notFound } from '../http/api-error'
import { readId, sendRead } from '../http/reads'

export const taskRoutes = new Hono<AppEnv>()
  .get('/tasks', (c) => sendRead(c, 'tasks', async (db) => ({ items: await listTasks(db) })))
  .get('/tasks/:id', (c) => {
    const id = readId(c, 'activity')
    return sendRead(
      c,
      `task:${id}`,
      async (db) => {
        const task = await getTask(db, id)
        return task && { ...task, updates: await listUpdatesOfTask(db, id) }
      },
      () => notFound('activity', id),
    )
  })
