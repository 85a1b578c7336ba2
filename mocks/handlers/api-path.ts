/** Every handler answers under this path on any origin: the dev server, tests, and `npm run api:mock`. */
export const apiPath = '*/api/v1'

export function notFound(what: string, id: string) {
  return { error: { code: 'not_found', message: `No ${what} with id "${id}"` } }
}
