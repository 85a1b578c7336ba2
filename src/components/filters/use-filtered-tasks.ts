import { useScreenQuery } from '../use-screen-query'
import { useMemo } from 'react'
import { taskQueries } from '../../api/tasks'
import { localToday } from '../../domain/calendar'
import { filterTasks, type TaskFilterContext, type TaskSort } from '../../domain/task-filters'
import { sortTasks } from '../../domain/task-sort'
import { useFormat } from '../../i18n/use-format'
import { useOwners } from '../use-owners'
import { useSubmittedTaskIds } from '../use-submitted-task-ids'
import { useTaskFilters } from './use-task-filters'

/**
 * The activities the URL's filters select, for every screen that shares the filter contract (overview, activities,
 * presentation): one parse, one notice of ignored values (owner ids too, once the owners have loaded), one filter pass.
 * With `sort`, the whole plan is sorted once per order and the sorted list filtered: a filter change (the common
 * case) keeps the order and costs one pass over the activities instead of a sort.
 */
export function useFilteredTasks(sort?: TaskSort) {
  const { query: ownersQuery, byId: owners } = useOwners()
  const knownOwnerIds = useMemo(() => (owners ? new Set(owners.keys()) : undefined), [owners])
  const { filters, controls, ignored, setFilters, searchParams } = useTaskFilters(knownOwnerIds)
  const tasksQuery = useScreenQuery(taskQueries.list())
  const format = useFormat()
  const today = localToday()
  const all = tasksQuery.data
  const key = sort?.key
  const descending = sort?.descending ?? false
  const ordered = useMemo(() => {
    if (!all || !key) return all
    return sortTasks(
      all,
      { key, descending },
      {
        locale: format.locale,
        titleOf: (task) => format.text(task.title).text,
        ownerNameOf: (id) => {
          const owner = owners?.get(id)
          return owner ? format.text(owner.name).text : id
        },
      },
    )
  }, [all, key, descending, format, owners])
  const context = useReviewContext(filters.review)
  const selected = useMemo(
    () => (ordered ? filterTasks(ordered, filters, today, context) : []),
    [ordered, filters, today, context],
  )
  return {
    tasksQuery,
    ownersQuery,
    owners,
    filters,
    controls,
    ignored,
    setFilters,
    searchParams,
    selected,
    today,
    context,
  }
}

/** `review=submitted`: applied only for a user who may see reports (for anyone else the domain ignores it). */
function useReviewContext(reviewFilter: boolean): TaskFilterContext {
  const submittedTaskIds = useSubmittedTaskIds(reviewFilter)
  return useMemo(() => (submittedTaskIds ? { submittedTaskIds } : {}), [submittedTaskIds])
}
