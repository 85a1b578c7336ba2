// `npm run api:mock`: the mock API's handlers over real HTTP, so the production build can be run and tested
// against an HTTP API exactly as it will be deployed. MOCK_SCENARIO=<name> layers a named scenario on top.
import { createServer } from '@mswjs/http-middleware'
import { handlers } from '../mocks/handlers'
import { isScenarioName, scenarios } from '../mocks/scenarios'

const port = Number(process.env.MOCK_API_PORT ?? 8787)
const scenario = process.env.MOCK_SCENARIO
if (scenario && !isScenarioName(scenario)) {
  console.error(`Unknown MOCK_SCENARIO "${scenario}". Known: ${Object.keys(scenarios).join(', ')}`)
  process.exit(1)
}
const active = isScenarioName(scenario) ? [...scenarios[scenario](), ...handlers] : handlers

createServer(...active).listen(port, '127.0.0.1', () => {
  console.log(`Mock API on http://127.0.0.1:${port}/api/v1${scenario ? ` (scenario: ${scenario})` : ''}`)
})
