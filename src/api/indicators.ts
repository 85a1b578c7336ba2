import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  list: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/indicators', (contract) => contract.indicatorListSchema, { signal }),
      select: (data) => data.items,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        getJson(`/indicators/${encodeURIComponent(id)}`, (contract) => contract.indicatorSchema, { signal }),
    }),
}
