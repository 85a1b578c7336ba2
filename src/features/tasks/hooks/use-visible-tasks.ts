import { useMemo } from 'react'
import type { Owner, Task } from '../../../api/schemas'
import { filterTasks, statusCounts, type TaskFilters, type TaskSort } from '../../../domain/task-filters'
import { sortTasks } from '../../../domain/task-sort'
import { useFormat } from '../../../i18n/use-format'

interface VisibleTasksInput {
  all: readonly Task[] | undefined
  filters: TaskFilters
  sort: TaskSort
  owners: ReadonlyMap<string, Owner> | undefined
  today: string
}

/** The filtered activities in the chosen order, with the per-status counts for the filter (which ignore the sort). */
export function useVisibleTasks({ all, filters, sort, owners, today }: VisibleTasksInput) {
  const format = useFormat()
  const { key, descending } = sort
  // Sort the whole plan once per order, then filter the sorted list: a filter change (the common case) keeps the
  // order and costs one pass over the activities instead of a sort.
  const sorted = useMemo(() => {
    if (!all) return []
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
  const visible = useMemo(() => filterTasks(sorted, filters, today), [sorted, filters, today])
  const counts = useMemo(() => (all ? statusCounts(all, filters, today) : undefined), [all, filters, today])
  return { visible, counts, total: all?.length ?? 0 }
}
