import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

export const planQueries = {
  all: () => ['plan'] as const,
  detail: () =>
    queryOptions({
      queryKey: planQueries.all(),
      queryFn: ({ signal }) => getJson('/plan', (contract) => contract.planSchema, { signal }),
    }),
}
