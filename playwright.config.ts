import { defineConfig, devices } from '@playwright/test'

const apiPort = process.env.MOCK_API_PORT ?? '8787'
const previewPort = 4173

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
    baseURL: `http://127.0.0.1:${previewPort}`,
    locale: 'en-GB',
    timezoneId: 'Asia/Almaty',
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  // The production build, served by `vite preview`, with /api proxied to the mock API over real HTTP.
  webServer: [
    {
      command: 'node_modules/.bin/tsx scripts/mock-api-server.ts',
      url: `http://127.0.0.1:${apiPort}/api/v1/plan`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/vite preview --port ${previewPort} --strictPort`,
      url: `http://127.0.0.1:${previewPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
})
