// @vitest-environment node
// Lint enforces the architecture's picture (README, "How the pieces fit"): each rule is shown here failing on a
// deliberate violation, and passing on the allowed import next to it.
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname })

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {}\n`, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message)
}

test.each([
  ['a feature imports another feature', 'src/features/tasks/tasks-page.tsx', "import '../overview/overview-page'"],
  ['… from a nested folder', 'src/features/tasks/components/x.tsx', "import '../../present/present-page'"],
  ['components/ imports a feature', 'src/components/x.tsx', "import '../features/tasks/tasks-page'"],
  ['components/ imports app/', 'src/components/charts/x.tsx', "import '../../app/layout'"],
  ['domain/ imports React', 'src/domain/x.ts', "import 'react'"],
  ['domain/ imports i18n/', 'src/domain/x.ts', "import '../i18n/format'"],
  ['domain/ imports components/', 'src/domain/x.ts', "import '../components/owner-name'"],
  ['api/ imports a feature', 'src/api/x.ts', "import '../features/tasks/tasks-page'"],
  ['domain/ imports mocks/', 'src/domain/x.ts', "import '../../mocks/data/db'"],
  ['a feature imports mocks/', 'src/features/tasks/x.tsx', "import '../../../mocks/data/db'"],
  ['app/ imports mocks/', 'src/app/x.tsx', "import '../../mocks/browser'"],
  ['mocks/ import more than the contract', 'mocks/handlers/x.ts', "import '../../src/domain/overdue'"],
  ['the server imports the UI', 'server/routes/x.ts', "import '../../src/components/owner-name'"],
  ['the server serves mocks', 'server/routes/x.ts', "import '../../mocks/handlers'"],
  ['workbook/ imports React', 'src/workbook/x.ts', "import 'react'"],
  ['workbook/ imports a feature', 'src/workbook/x.ts', "import '../features/tasks/tasks-page'"],
  ['workbook/ imports the i18n set-up', 'src/workbook/x.ts', "import '../i18n/languages'"],
  ['the server imports the domain', 'server/routes/x.ts', "import '../../src/domain/overdue'"],
  ['a screen imports wouter, not src/router/', 'src/features/tasks/x.tsx', "import 'wouter'"],
  ['router/ imports a screen', 'src/router/x.tsx', "import '../app/layout'"],
])('lint fails when %s', async (_, filePath, source) => {
  expect(await restrictedImports(filePath, source)).toHaveLength(1)
})

test.each([
  ['a feature imports shared code', 'src/features/tasks/tasks-page.tsx', "import '../../components/owner-name'"],
  ['a feature imports its own parts', 'src/features/tasks/tasks-page.tsx', "import './components/status-filter'"],
  ['domain/ imports the contract', 'src/domain/x.ts', "import '../api/schemas'"],
  ['a test imports mocks/', 'src/features/tasks/tasks-page.test.tsx', "import '../../../mocks/data/db'"],
  ['the server imports the contract', 'server/routes/x.ts', "import '../../src/api/schemas'"],
  ['the server imports the workbook', 'server/routes/x.ts', "import '../../src/workbook/preview-import'"],
  ['the mock imports the workbook', 'mocks/handlers/x.ts', "import '../../src/workbook/preview-import'"],
  ['the mock imports the import contract', 'mocks/handlers/x.ts', "import '../../src/api/schemas-import'"],
  ['workbook/ imports the catalogs', 'src/workbook/x.ts', "import '../i18n/locales/en.json'"],
  ['workbook/ imports the contract', 'src/workbook/x.ts', "import '../api/schemas-import'"],
  ['a screen imports the router glue', 'src/features/tasks/x.tsx', "import '../../router/links'"],
  ['router/ imports wouter', 'src/router/links.tsx', "import 'wouter'"],
])('lint allows it when %s', async (_, filePath, source) => {
  expect(await restrictedImports(filePath, source)).toEqual([])
})
