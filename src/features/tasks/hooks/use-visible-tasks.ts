import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Owner } from '../../../api/schemas'
import { taskQueries } from '../../../api/tasks'
import { localToday } from '../../../domain/calendar'
import { pickText } from '../../../i18n/localized-text'
import { filterTasks, statusCounts, type TaskFilters } from '../../../domain/task-filters'
import { sortTasks } from '../../../domain/task-sort'
import { intlLocales } from '../../../i18n/languages'
import { useLanguage } from '../../../i18n/use-language'

/** The activities the current filters select, in the chosen order, with the per-status counts for the filter. */
export function useVisibleTasks(filters: TaskFilters, owners: ReadonlyMap<string, Owner> | undefined) {
  const language = useLanguage()
  const query = useQuery(taskQueries.list())
  const today = localToday()
  const all = query.data
  const { key, descending } = filters.sort
  // Sort the whole plan once per order, then filter the sorted list: a filter change (the common case) keeps the
  // order and costs one pass over the activities instead of a sort.
  const sorted = useMemo(() => {
    if (!all) return []
    return sortTasks(
      all,
      { key, descending },
      {
        locale: intlLocales[language],
        titleOf: (task) => pickText(task.title, language).text,
        ownerNameOf: (id) => {
          const owner = owners?.get(id)
          return owner ? pickText(owner.name, language).text : id
        },
      },
    )
  }, [all, key, descending, language, owners])
  const visible = useMemo(() => filterTasks(sorted, filters, today), [sorted, filters, today])
  const counts = useMemo(() => (all ? statusCounts(all, filters, today) : undefined), [all, filters, today])
  return { query, visible, counts, total: all?.length ?? 0, today }
}
