// @vitest-environment node
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ResolvedConfig } from 'vite'
import { staticHostingFiles } from './static-hosting'

async function build(mocking: boolean): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'static-hosting-'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>')
  await writeFile(join(dir, 'mockServiceWorker.js'), '// msw')
  const plugin = staticHostingFiles({ mocking })
  // Vite hooks may be functions or { handler } objects; this plugin's are plain functions.
  const configResolved = plugin.configResolved as (config: ResolvedConfig) => void
  const closeBundle = plugin.closeBundle as () => Promise<void>
  configResolved({ root: dir, build: { outDir: '.' } } as ResolvedConfig)
  await closeBundle()
  return { dir, files: (await readdir(dir)).sort() }
}

test('a production build falls back to index.html on static hosts and ships no mock worker', async () => {
  const { dir, files } = await build(false)
  expect(files).toEqual(['404.html', '_redirects', 'index.html'])
  expect(await readFile(join(dir, '404.html'), 'utf8')).toBe(await readFile(join(dir, 'index.html'), 'utf8'))
  expect(await readFile(join(dir, '_redirects'), 'utf8')).toBe('/*  /index.html  200\n')
})

test('the mock demo keeps its service worker and gets the same fallback', async () => {
  const { files } = await build(true)
  expect(files).toEqual(['404.html', '_redirects', 'index.html', 'mockServiceWorker.js'])
})
