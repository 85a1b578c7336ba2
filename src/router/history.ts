/** Where the app is: the part of the address the routes and filters read. */
export interface RouterLocation {
  pathname: string
  /** `?a=1`, or '' when there is none. */
  search: string
  /** 'default' for the entry the visit started on, a fresh key for every entry the app made itself. */
  key: string
}

export type HistoryAction = 'POP' | 'PUSH' | 'REPLACE'

/** The history a router follows: the browser's, or one in memory for tests and the build-time prerender. */
export interface HistorySource {
  readonly location: RouterLocation
  readonly action: HistoryAction
  push: (to: string) => void
  replace: (to: string) => void
  go: (delta: number) => void
  /** Calls `onChange` after every change, whoever made it; returns the unsubscribe. */
  listen: (onChange: () => void) => () => void
}

const newKey = () => Math.random().toString(36).slice(2, 10)

/** Resolves `to` (absolute, or `?search` on the current path) the way the browser resolves a link. */
export function resolve(to: string, from: string): { pathname: string; search: string; hash: string } {
  const url = new URL(to, `http://app.invalid${from}`)
  return { pathname: url.pathname, search: url.search, hash: url.hash }
}

function listeners() {
  let callbacks: (() => void)[] = []
  return {
    add(callback: () => void) {
      callbacks = [...callbacks, callback]
      return () => void (callbacks = callbacks.filter((other) => other !== callback))
    },
    notify: () => callbacks.forEach((callback) => callback()),
  }
}

/**
 * The browser's history. An entry the app pushes or replaces carries its key in `history.state`, so a reload keeps it
 * and the first entry of a visit is told apart ('default'): there is nothing of the app's to go back to from there.
 */
export function browserHistory(): HistorySource {
  const changed = listeners()
  let action: HistoryAction = 'POP'
  const read = (): RouterLocation => {
    const state: unknown = window.history.state
    const key = state && typeof state === 'object' && 'key' in state ? String(state.key) : 'default'
    return { pathname: window.location.pathname, search: window.location.search, key }
  }
  let location = read()
  const write = (next: Exclude<HistoryAction, 'POP'>, to: string) => {
    const { pathname, search, hash } = resolve(to, location.pathname)
    const method = next === 'PUSH' ? 'pushState' : 'replaceState'
    window.history[method]({ key: newKey() }, '', pathname + search + hash)
    action = next
    location = read()
    changed.notify()
  }
  window.addEventListener('popstate', () => {
    action = 'POP'
    location = read()
    changed.notify()
  })
  return {
    get location() {
      return location
    },
    get action() {
      return action
    },
    push: (to) => write('PUSH', to),
    replace: (to) => write('REPLACE', to),
    go: (delta) => window.history.go(delta),
    listen: changed.add,
  }
}

/** A history in memory, with back and forward: for tests, and for rendering one address at build time. */
export function memoryHistory(initial = '/'): HistorySource {
  const changed = listeners()
  const start = resolve(initial, '/')
  const entries: RouterLocation[] = [{ pathname: start.pathname, search: start.search, key: 'default' }]
  let index = 0
  let action: HistoryAction = 'POP'
  const write = (next: Exclude<HistoryAction, 'POP'>, to: string) => {
    const { pathname, search } = resolve(to, entries[index]?.pathname ?? '/')
    const entry = { pathname, search, key: newKey() }
    if (next === 'PUSH') entries.splice(++index, entries.length, entry)
    else entries[index] = entry
    action = next
    changed.notify()
  }
  return {
    get location() {
      return entries[index] as RouterLocation
    },
    get action() {
      return action
    },
    push: (to) => write('PUSH', to),
    replace: (to) => write('REPLACE', to),
    go: (delta) => {
      const next = Math.min(Math.max(index + delta, 0), entries.length - 1)
      if (next === index) return
      index = next
      action = 'POP'
      changed.notify()
    },
    listen: changed.add,
  }
}
