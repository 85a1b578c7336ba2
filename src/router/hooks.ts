import { useCallback, useMemo } from 'react'
import { useParams as useRouteParams } from 'wouter'
import { useRouterState } from './app-router'
import type { RouterLocation } from './history'

/** The address on show: `pathname`, `search` ('' or `?…`) and the entry's `key` ('default' for a visit's first). */
export function useLocation(): RouterLocation {
  return useRouterState().location
}

/** The `:name` parts of the matched route, e.g. `id` of `/tasks/:id`. */
export function useParams(): Partial<Record<string, string>> {
  return useRouteParams()
}

export type NavigateTo = string | { pathname: string; search?: string }
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (typing, redirects). */
  replace?: boolean
}

const href = (to: Exclude<NavigateTo, string>) =>
  to.pathname + (to.search && to.search !== '?' ? (to.search.startsWith('?') ? to.search : `?${to.search}`) : '')

/** `navigate('/tasks')`, `navigate(to, { replace: true })`, or `navigate(-1)` for Back. */
export function useNavigate() {
  const { history } = useRouterState()
  return useCallback(
    (to: NavigateTo | number, { replace = false }: NavigateOptions = {}) => {
      if (typeof to === 'number') return history.go(to)
      const target = typeof to === 'string' ? to : href(to)
      if (replace) history.replace(target)
      else history.push(target)
    },
    [history],
  )
}

export type SearchParamsUpdate = URLSearchParams | ((current: URLSearchParams) => URLSearchParams)

/**
 * The query string as URLSearchParams and a setter that keeps the path. The setter pushes a history entry unless
 * told to replace; a function gets a copy of the current params, so changing it in place is safe.
 */
export function useSearchParams(): [URLSearchParams, (next: SearchParamsUpdate, options?: NavigateOptions) => void] {
  const { location, history } = useRouterState()
  const searchParams = useMemo(() => new URLSearchParams(location.search), [location.search])
  const setSearchParams = useCallback(
    (next: SearchParamsUpdate, { replace = false }: NavigateOptions = {}) => {
      const params = typeof next === 'function' ? next(new URLSearchParams(searchParams)) : next
      const search = params.toString()
      const target = location.pathname + (search ? `?${search}` : '')
      if (replace) history.replace(target)
      else history.push(target)
    },
    [history, location.pathname, searchParams],
  )
  return [searchParams, setSearchParams]
}
