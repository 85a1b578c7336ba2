import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

export const taskQueries = {
  all: () => ['tasks'] as const,
  list: () =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/tasks', (contract) => contract.taskListSchema, { signal }),
      select: (data) => data.items,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        getJson(`/tasks/${encodeURIComponent(id)}`, (contract) => contract.taskDetailSchema, { signal }),
    }),
}
