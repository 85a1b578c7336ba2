import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'
import { planSchema } from './schemas'

export const planQueries = {
  all: () => ['plan'] as const,
  detail: () =>
    queryOptions({ queryKey: planQueries.all(), queryFn: ({ signal }) => getJson('/plan', planSchema, { signal }) }),
}
