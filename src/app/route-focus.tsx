import { useEffect, useRef } from 'react'
import { useLocation } from '../router/hooks'

/**
 * After a client-side navigation, move focus to the new page's heading so keyboard and screen-reader users land on
 * the content (and hear its name). The first load is left alone: the browser starts at the top already.
 */
export function RouteFocus() {
  const { pathname } = useLocation()
  const previous = useRef(pathname)

  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    const heading = document.querySelector<HTMLElement>('#main h1, [data-route-focus]')
    const target = heading ?? document.getElementById('main')
    target?.focus()
  }, [pathname])

  return null
}
