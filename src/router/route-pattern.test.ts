import { parseRoutePattern } from './route-pattern'

const match = (route: string, path: string) => {
  const { pattern, keys } = parseRoutePattern(route)
  const found = pattern.exec(path)
  return found ? Object.fromEntries(keys.map((key, i) => [key, found[i + 1]])) : null
}

test.each([
  ['/', '/', {}],
  ['/', '/tasks', null],
  ['/tasks', '/tasks', {}],
  ['/tasks', '/tasks/', {}],
  ['/tasks', '/Tasks', {}],
  ['/tasks', '/tasks/t-001', null],
  ['/tasks/:id', '/tasks/t-001', { id: 't-001' }],
  ['/tasks/:id', '/TASKS/t-001/', { id: 't-001' }],
  ['/tasks/:id', '/tasks/', null],
  ['/tasks/:id', '/tasks/a/b', null],
  ['/indicators/:id', '/indicators/4.1.1', { id: '4.1.1' }],
  ['/sign-in', '/sign-in', {}],
  ['/sign-in', '/signxin', null],
  ['*', '/anything/at/all', { '*': '/anything/at/all' }],
])('%s on %s gives %o', (route, path, expected) => {
  expect(match(route, path)).toEqual(expected)
})
