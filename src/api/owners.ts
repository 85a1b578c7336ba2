import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'
import { ownerListSchema } from './schemas'

export const ownerQueries = {
  all: () => ['owners'] as const,
  list: () =>
    queryOptions({
      queryKey: [...ownerQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/owners', ownerListSchema, { signal }),
      select: (data) => data.items,
    }),
}
