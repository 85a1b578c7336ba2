import type { AnchorHTMLAttributes, CSSProperties, ReactNode, Ref } from 'react'
import { Link as RouteLink } from 'wouter'
import { useRouterState } from './app-router'
import { resolve } from './history'

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute address, `/tasks?status=delayed`, or `{ pathname, search }`. */
  to: string | { pathname: string; search?: string }
  /** Replace the current history entry; by default only a link to the address on show does. */
  replace?: boolean
  ref?: Ref<HTMLAnchorElement>
}

const toHref = (to: LinkProps['to']) => {
  if (typeof to === 'string') return to
  const search = to.search && to.search !== '?' ? to.search.replace(/^\??/, '?') : ''
  return to.pathname + search
}

/**
 * A link the router follows without reloading. A plain click navigates in the app; a modified or middle click, or
 * one on a link with another `target`, is left to the browser. As in React Router, following a link to the address
 * already on show replaces the entry, so Back does not stop twice on the same screen.
 */
export function Link({ to, replace, children, ...props }: LinkProps) {
  const { location } = useRouterState()
  const href = toHref(to)
  if (props.target && props.target !== '_self') {
    return (
      <a href={href} {...props}>
        {children}
      </a>
    )
  }
  const { pathname, search } = resolve(href, location.pathname)
  const sameAddress = pathname + search === location.pathname + location.search
  return (
    <RouteLink href={href} replace={replace ?? sameAddress} {...props}>
      {children}
    </RouteLink>
  )
}

export interface NavLinkProps extends Omit<LinkProps, 'className' | 'style' | 'children'> {
  /** Active only on this exact path, not below it (for `/`). */
  end?: boolean
  className?: string | ((state: { isActive: boolean }) => string | undefined)
  style?: CSSProperties | ((state: { isActive: boolean }) => CSSProperties | undefined)
  children?: ReactNode | ((state: { isActive: boolean }) => ReactNode)
}

/** Whether `pathname` is at `target` or below it, as React Router's NavLink decides (letter case aside). */
export function isActivePath(pathname: string, target: string, end = false): boolean {
  const current = pathname.toLowerCase()
  const to = target.toLowerCase()
  const slashAt = to !== '/' && to.endsWith('/') ? to.length - 1 : to.length
  return current === to || (!end && current.startsWith(to) && current.charAt(slashAt) === '/')
}

/** A navigation link: `aria-current="page"` and the class `active` while its page (or one below it) is on show. */
export function NavLink({ end = false, className, style, children, ...props }: NavLinkProps) {
  const { location } = useRouterState()
  const { pathname } = resolve(toHref(props.to), location.pathname)
  const isActive = isActivePath(location.pathname, pathname, end)
  const classes =
    typeof className === 'function'
      ? className({ isActive })
      : [className, isActive ? 'active' : null].filter(Boolean).join(' ') || undefined
  return (
    <Link
      {...props}
      aria-current={isActive ? 'page' : undefined}
      className={classes}
      style={typeof style === 'function' ? style({ isActive }) : style}
    >
      {typeof children === 'function' ? children({ isActive }) : children}
    </Link>
  )
}
