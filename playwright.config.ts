import { defineConfig, devices } from '@playwright/test'
import { e2eAccounts } from './e2e/accounts'

const port = 4173
const e2eDataDir = 'node_modules/.tmp/e2e-data'

// Debian's Chromium (Playwright cannot download browsers here), with the flags that keep it off the closed network.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Asia/Almaty',
    trace: 'off',
    // The app's service worker answers the app's files from its cache, where page.route cannot see them (several
    // specs stub chunks or watch requests), and a worker kept from one page load serves the next. Only the offline
    // spec (e2e/offline.spec.ts) lets it run.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  // What is deployed is what is tested: the production build served by the real server (`npm start`) on a fresh
  // embedded database, seeded with the sample plan moved to today. Failure scenarios are made in the tests themselves
  // with page.route, so no mock API runs here.
  webServer: [
    {
      // Seeded first, then two accounts with known passwords for the reporting flow (e2e/accounts.ts), then started.
      command: [
        `rm -rf ${e2eDataDir}`,
        'node dist-server/db-seed.js',
        ...e2eAccounts.map(
          (account) =>
            `printf '%s\\n' '${account.password}' | node dist-server/users.js add --email ${account.email} ` +
            `--name '${account.name}' --role ${account.role}${account.owner ? ` --owner ${account.owner}` : ''} --password-stdin`,
        ),
        'node dist-server/main.js',
      ].join(' && '),
      url: `http://127.0.0.1:${port}/api/v1/health`,
      env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: e2eDataDir, LOG_LEVEL: 'warn' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
