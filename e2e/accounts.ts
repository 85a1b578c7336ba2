// Accounts the browser tests sign in with; playwright.config.ts creates them with `npm run users` before the server
// starts. Test-only passwords on a throwaway database, never used anywhere else.
export const e2eAccounts = [
  {
    email: 'reporter.moe@e2e.test',
    name: 'Aigerim Reporter',
    role: 'reporter',
    owner: 'moe',
    password: 'e2e-reporter-password',
  },
  {
    email: 'secretariat@e2e.test',
    name: 'Daniyar Secretariat',
    role: 'secretariat',
    owner: undefined,
    password: 'e2e-secretariat-password',
  },
] as const

export const [reporter, secretariat] = e2eAccounts
