import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Owner } from '../../../api/schemas'
import { taskQueries } from '../../../api/tasks'
import { localToday } from '../../../domain/calendar'
import { pickText } from '../../../domain/localized-text'
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
  const visible = useMemo(() => {
    if (!all) return []
    return sortTasks(filterTasks(all, filters, today), filters.sort, {
      locale: intlLocales[language],
      titleOf: (task) => pickText(task.title, language).text,
      ownerNameOf: (id) => {
        const owner = owners?.get(id)
        return owner ? pickText(owner.name, language).text : id
      },
    })
  }, [all, filters, today, language, owners])
  const counts = useMemo(() => (all ? statusCounts(all, filters, today) : undefined), [all, filters, today])
  return { query, visible, counts, total: all?.length ?? 0, today }
}
