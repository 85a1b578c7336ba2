import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { VitePWA } from 'vite-plugin-pwa'
import type { PluginOption } from 'vite'

const root = resolve(import.meta.dirname, '../..')

/**
 * Whether a build works offline (service worker + kept data, docs/decisions/0011-offline-meetings.md): the production
 * build does; `npm run dev` and the mock demo do not, unless `VITE_OFFLINE=on` asks (`VITE_OFFLINE=off` turns it off
 * in production). The demo's mock API is itself a service worker at the site's root, and a scope holds one worker,
 * so the two cannot run together.
 */
export function offlineMode({ mode, mocking, asked }: { mode: string; mocking: boolean; asked?: string }): boolean {
  if (asked !== undefined && asked !== '' && asked !== 'on' && asked !== 'off') {
    throw new Error(`VITE_OFFLINE must be "on" or "off", not "${asked}"`)
  }
  if (asked === 'on' && mocking) {
    throw new Error('VITE_OFFLINE=on cannot be combined with VITE_API_MOCKING=on: both need the service worker scope')
  }
  if (asked === 'on' || asked === 'off') return asked === 'on'
  return mode === 'production' && !mocking
}

/**
 * Kept data is parsed once, when it arrives; what is restored from the browser is not parsed again. So it carries
 * the version of the contract it was parsed with (a hash of the schemas and the app's version), and data kept under
 * another version is thrown away.
 */
export function keptDataVersion(): string {
  const hash = createHash('sha256')
  for (const file of ['package.json', 'src/api/schemas.ts', 'src/api/schemas-v1-1.ts']) {
    hash.update(readFileSync(resolve(root, file)))
  }
  return hash.digest('hex').slice(0, 12)
}

/**
 * The app shell's service worker (Workbox, generated at build time): it precaches the built files so the app opens
 * without a network, and answers a page address with index.html, as the server does. It never touches /api/: data
 * is kept by the app itself (TanStack Query's persister), so each answer is checked against the contract and the
 * kept data follows the account rules. `prompt`: a new version waits until the user reloads, never mid-meeting.
 */
export function offlineWorker(enabled: boolean): PluginOption {
  return VitePWA({
    disable: !enabled,
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    devOptions: { enabled, type: 'module' },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,woff2,png,ico}'],
      // Copies of index.html for static hosts; the worker's fallback is index.html itself. The prerendered shells
      // are for the server's first answer only: once the worker runs, every page opens from index.html and the
      // cached scripts (docs/decisions/0015-prerendered-shell.md).
      globIgnores: ['404.html', 'shells/**'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//],
      cleanupOutdatedCaches: true,
      // The PowerPoint library is the largest chunk; the deck's download must work offline too.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  })
}
