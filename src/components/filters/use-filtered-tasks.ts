import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { taskQueries } from '../../api/tasks'
import { localToday } from '../../domain/calendar'
import { filterTasks } from '../../domain/task-filters'
import { useOwners } from '../use-owners'
import { useTaskFilters } from './use-task-filters'

/**
 * The activities the URL's filters select, for every screen that shares the filter contract (overview, activities,
 * presentation): one parse, one notice of ignored values (owner ids too, once the owners have loaded), one filter pass.
 */
export function useFilteredTasks() {
  const { query: ownersQuery, byId: owners } = useOwners()
  const knownOwnerIds = useMemo(() => (owners ? new Set(owners.keys()) : undefined), [owners])
  const { filters, controls, ignored, setFilters, searchParams } = useTaskFilters(knownOwnerIds)
  const tasksQuery = useQuery(taskQueries.list())
  const today = localToday()
  const selected = useMemo(
    () => (tasksQuery.data ? filterTasks(tasksQuery.data, filters, today) : []),
    [tasksQuery.data, filters, today],
  )
  return { tasksQuery, ownersQuery, owners, filters, controls, ignored, setFilters, searchParams, selected, today }
}
