// Named failures of the API, as handler factories. Tests: `server.use(...scenarios['tasks-break-contract']())`.
// Browser: open the dev server with `?scenario=tasks-break-contract`. HTTP mock: `MOCK_SCENARIO=large npm run api:mock`.
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { formulaTextTasks, formulaTextUpdates } from './data/formula-text'
import { largeTaskList } from './data/large'
import { db, toTask } from './data/db'
import { apiPath } from './handlers/api-path'

const everyEndpoint = `${apiPath}/*`

const serverError = () =>
  HttpResponse.json({ error: { code: 'internal', message: 'The server failed to answer' } }, { status: 500 })

let largeTasks: ReturnType<typeof largeTaskList> | undefined

export const scenarios = {
  /** Every endpoint answers 500 with an error body. */
  'server-error': () => [http.get(everyEndpoint, serverError)],
  /** Only the activity list fails; the plan, owners and indicators still answer. */
  'tasks-server-error': () => [http.get(`${apiPath}/tasks`, serverError)],
  /** The activity list breaks the contract at items.3.status (an unknown status). */
  'tasks-break-contract': () => [
    http.get(`${apiPath}/tasks`, () =>
      HttpResponse.json({ items: db.tasks.map(toTask).map((t, i) => (i === 3 ? { ...t, status: 'on_hold' } : t)) }),
    ),
  ],
  /** Every endpoint answers after 2.5 seconds. */
  slow: () => [
    http.get(everyEndpoint, async () => {
      await delay(2500)
    }),
  ],
  /** Every endpoint hangs for ever. */
  'never-answers': () => [
    http.get(everyEndpoint, async () => {
      await delay('infinite')
    }),
  ],
  /** The activity list answers 502 with an empty body (no JSON error to read). */
  'empty-body': () => [http.get(`${apiPath}/tasks`, () => new HttpResponse(null, { status: 502 }))],
  /** Every request fails at the network level, as when the projector laptop drops off the Wi-Fi. */
  'network-error': () => [http.get(everyEndpoint, () => HttpResponse.error())],
  /** Titles, notes and authors that start with = + - @ tab CR LF, several over two lines: the CSV guard's test. */
  'formula-text': () => [
    http.get(`${apiPath}/tasks`, () => HttpResponse.json({ items: formulaTextTasks() })),
    http.get(`${apiPath}/updates`, () => HttpResponse.json({ items: formulaTextUpdates() })),
  ],
  /** 10,000 deterministic activities. */
  large: () => [http.get(`${apiPath}/tasks`, () => HttpResponse.json({ items: (largeTasks ??= largeTaskList(db)) }))],
} satisfies Record<string, () => HttpHandler[]>

export type ScenarioName = keyof typeof scenarios

export function isScenarioName(name: string | null | undefined): name is ScenarioName {
  return !!name && Object.hasOwn(scenarios, name)
}
