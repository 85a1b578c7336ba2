import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

export const updateQueries = {
  all: () => ['updates'] as const,
  since: (since: string) =>
    queryOptions({
      queryKey: [...updateQueries.all(), 'since', since],
      queryFn: ({ signal }) =>
        getJson(`/updates?since=${encodeURIComponent(since)}`, (contract) => contract.taskUpdateListSchema, { signal }),
      select: (data) => data.items,
    }),
}
