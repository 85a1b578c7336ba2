/**
 * Route patterns as React Router read them: `/tasks/:id`, `*` for anything; letter case does not matter and one
 * trailing slash is allowed, so `/Tasks/` opens the activities. (wouter's default parser is case-sensitive.)
 */
export function parseRoutePattern(route: string): { pattern: RegExp; keys: string[] } {
  if (route === '*') return { pattern: /^(.*)$/, keys: ['*'] }
  const keys: string[] = []
  const segments = route
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      keys.push(segment.slice(1))
      return '([^/]+?)'
    })
  return { pattern: new RegExp(`^/${segments.join('/')}/?$`, 'i'), keys }
}
