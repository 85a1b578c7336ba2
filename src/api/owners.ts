import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

export const ownerQueries = {
  all: () => ['owners'] as const,
  list: () =>
    queryOptions({
      queryKey: [...ownerQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/owners', (contract) => contract.ownerListSchema, { signal }),
      select: (data) => data.items,
    }),
}
