import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'
import { taskUpdateListSchema } from './schemas'

export const updateQueries = {
  all: () => ['updates'] as const,
  since: (since: string) =>
    queryOptions({
      queryKey: [...updateQueries.all(), 'since', since],
      queryFn: ({ signal }) => getJson(`/updates?since=${encodeURIComponent(since)}`, taskUpdateListSchema, { signal }),
      select: (data) => data.items,
    }),
}
