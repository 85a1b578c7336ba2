/// <reference types="vitest/config" />
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { keptDataVersion, offlineMode, offlineWorker } from './scripts/vite/offline.ts'
import { prerenderedShells } from './scripts/vite/prerender.ts'
import { staticHostingFiles } from './scripts/vite/static-hosting.ts'

// Records which modules went into which chunk, for the bundle budget's report (scripts/bundle-budget.ts).
function bundleReport(): Plugin {
  return {
    name: 'bundle-report',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => ({
          fileName: chunk.fileName,
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.fromEntries(Object.entries(chunk.modules).map(([id, m]) => [id, m.renderedLength])),
        }))
      await mkdir(reportDir, { recursive: true })
      await writeFile(resolve(reportDir, 'bundle-report.json'), JSON.stringify(chunks))
    },
  }
}

const reportDir = resolve(import.meta.dirname, 'node_modules/.tmp')

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const apiPort = process.env.MOCK_API_PORT ?? '8787'
  const mocking = env.VITE_API_MOCKING === 'on'
  const offline = offlineMode({ mode, mocking, asked: env.VITE_OFFLINE })
  return {
    plugins: [react(), prerenderedShells(), staticHostingFiles({ mocking }), offlineWorker(offline), bundleReport()],
    // Read by src/app/offline: whether this build keeps data and registers the worker, and the version of the
    // contract the kept data was parsed with (kept data from another version is thrown away, never shown).
    define: {
      'import.meta.env.VITE_OFFLINE': JSON.stringify(offline ? 'on' : 'off'),
      'import.meta.env.VITE_KEPT_DATA_VERSION': JSON.stringify(keptDataVersion()),
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      // The production build calls /api/v1 on its own origin; in preview that is the HTTP mock API (npm run api:mock).
      proxy: { '/api': `http://127.0.0.1:${apiPort}` },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      // Every browser the ministry uses (es2022) knows <link rel="modulepreload">: no polyfill on the first screen.
      modulePreload: { polyfill: false },
    },
    test: {
      globals: true,
      restoreMocks: true,
      testTimeout: 15000,
      env: { TZ: 'Asia/Almaty' },
      // Two projects: the app in jsdom with MSW, and the server in plain Node (it talks to real databases and
      // must not see the app's setup). `npx vitest run --project server` runs only the server's tests.
      projects: [
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            setupFiles: ['src/test/setup.ts'],
            include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: { name: 'server', environment: 'node', include: ['server/**/*.test.ts'], testTimeout: 30000 },
        },
      ],
    },
  }
})
