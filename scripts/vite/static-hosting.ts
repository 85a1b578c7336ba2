import { copyFile, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * What a build needs beside its bundles to be served by a plain static host.
 * - The mock API's service worker lives in public/ (msw keeps it in step with its version) and Vite copies public/
 *   into every build: a production build must not ship it, so it is dropped unless this is the mock demo.
 * - The app routes in the browser, so a deep link (`/tasks?status=delayed`) must be answered with index.html.
 *   A plain static server answers 404 instead. The common hosts read a fallback file: `404.html` (GitHub Pages,
 *   GitLab Pages, and many others serve it with the page's address intact) and `_redirects` (Netlify, Cloudflare
 *   Pages). The real server (`npm start`) falls back by itself; the files cost nothing there.
 */
export function staticHostingFiles({ mocking }: { mocking: boolean }): Plugin {
  let outDir = 'dist'
  return {
    name: 'static-hosting-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      if (!mocking) await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true })
      await copyFile(resolve(outDir, 'index.html'), resolve(outDir, '404.html'))
      await writeFile(resolve(outDir, '_redirects'), '/*  /index.html  200\n')
    },
  }
}
