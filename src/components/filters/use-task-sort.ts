import { startTransition, useCallback, useMemo, useOptimistic } from 'react'
import { useSearchParams } from '../../router/hooks'
import { parseTaskSort, writeTaskSort, type TaskSort } from '../../domain/task-filters'

/**
 * The table order lives in the URL (`sort`) apart from the filters, so sorting never recounts them. Like the
 * filters, `control` shows the choice in the frame of the click and `sort` (what the list uses) follows.
 */
export function useTaskSort() {
  const [searchParams, setSearchParams] = useSearchParams()
  const { sort, ignored } = useMemo(() => parseTaskSort(searchParams), [searchParams])
  const [control, setControl] = useOptimistic(sort)
  const setSort = useCallback(
    (next: TaskSort) =>
      startTransition(() => {
        setControl(next)
        setSearchParams((current) => writeTaskSort(current, next))
      }),
    [setControl, setSearchParams],
  )
  return { sort, control, ignored, setSort }
}
