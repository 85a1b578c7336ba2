import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { isScenarioName, scenarios } from './scenarios'

/** Starts the in-browser mock API; `scenario` (from `?scenario=`) layers a named failure over the happy paths. */
export async function startMockApi(scenario: string | null): Promise<void> {
  const worker = setupWorker(...handlers)
  if (isScenarioName(scenario)) worker.use(...scenarios[scenario]())
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
