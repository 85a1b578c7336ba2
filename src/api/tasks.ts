import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'
import { taskDetailSchema, taskListSchema } from './schemas'

export const taskQueries = {
  all: () => ['tasks'] as const,
  list: () =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/tasks', taskListSchema, { signal }),
      select: (data) => data.items,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'detail', id],
      queryFn: ({ signal }) => getJson(`/tasks/${encodeURIComponent(id)}`, taskDetailSchema, { signal }),
    }),
}
