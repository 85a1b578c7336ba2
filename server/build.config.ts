// `npm run build:server`: the server and its command-line tools compiled to plain JavaScript in dist-server/, so
// `npm start` needs neither tsx nor TypeScript at run time. Dependencies stay external (installed by `npm ci`);
// the contract, the fixtures and the migrations are bundled in.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: {
        main: 'server/main.ts',
        'db-migrate': 'server/cli/db-migrate.ts',
        'db-seed': 'server/cli/db-seed.ts',
        users: 'server/cli/users.ts',
      },
      output: { entryFileNames: '[name].js' },
    },
  },
})
