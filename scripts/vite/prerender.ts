import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { escapeHtml } from '../../server/http/escape-html'
import { shellContent } from './shell-controls'

/** What dist/shells/manifest.json holds, for the server's choice (server/http/app-shells.ts). */
export interface ShellManifest {
  languages: string[]
  routes: { pattern: string; file: string }[]
  notFound: string
}

interface PrerenderModule {
  languages: readonly string[]
  shellRoutes: readonly { pattern: string; file: string; screen: string }[]
  notFoundShell: { path: string; file: string }
  shellPath(pattern: string): string
  renderShell(
    path: string,
    language: string,
  ): Promise<{
    html: string
    title: string
    firstRequests: { url: string; credentials?: RequestCredentials; mode?: RequestMode }[]
  }>
}

/** A request made by fetch() with these options is served by `<link rel=preload as=fetch>` only if they match. */
function preloadLink({
  url,
  credentials,
  mode,
}: {
  url: string
  credentials?: RequestCredentials
  mode?: RequestMode
}) {
  if ((mode ?? 'cors') !== 'cors') return ''
  const crossorigin = { 'same-origin': 'crossorigin', include: 'crossorigin="use-credentials"', omit: undefined }[
    credentials ?? 'same-origin'
  ]
  return crossorigin ? `<link rel="preload" as="fetch" ${crossorigin} href="${escapeHtml(url)}">` : ''
}

/** The chunk of a module and every chunk it imports, as `<link rel=modulepreload>` (those index.html has are left out). */
function modulePreloads(chunks: Map<string, ChunkInfo>, moduleId: string, base: string) {
  const byFile = new Map([...chunks.values()].map((chunk) => [chunk.fileName, chunk]))
  const files = new Set<string>()
  const visit = (fileName: string) => {
    if (files.has(fileName)) return
    files.add(fileName)
    for (const imported of byFile.get(fileName)?.imports ?? []) visit(imported)
  }
  const chunk = chunks.get(moduleId)
  if (!chunk) throw new Error(`${moduleId} is no chunk of this build: src/prerender.tsx is out of step with the routes`)
  visit(chunk.fileName)
  return [...files].flatMap((file) => [
    `${base}${file}`,
    ...[...(byFile.get(file)?.css ?? [])].filter((css) => !entryCss.has(css)).map((css) => `${base}${css}`),
  ])
}

interface ChunkInfo {
  fileName: string
  imports: string[]
  css: string[]
}
/** The entry's stylesheet is inline in every document already. */
const entryCss = new Set<string>()

/** index.html with the route's rendered shell in #root (its controls disabled until the app runs), its language, its title and its first requests preloaded. */
export function shellDocument(
  template: string,
  {
    language,
    html,
    title,
    firstRequests,
    scripts = [],
    stylesheets = new Map(),
  }: { language: string; scripts?: string[]; stylesheets?: ReadonlyMap<string, string> } & Awaited<
    ReturnType<PrerenderModule['renderShell']>
  >,
): string {
  // A screen's own stylesheets go inline too: a linked one blocked the first paint for a round trip (Lighthouse,
  // median of 3: FCP on / 2.75 → 0.68 s). When the screen's chunk loads, Vite's preload helper adds the same file
  // once more (under 1.1 KiB gzip each): the same rules again, in the order client-side navigation gives them.
  const files = [...new Set(scripts)].filter((src) => !template.includes(`"${src}"`))
  const styles = files
    .filter((src) => src.endsWith('.css'))
    .map((src) => {
      const css = stylesheets.get(src)
      if (css === undefined) throw new Error(`${src}: no stylesheet of this build`)
      return inlineStyle(css)
    })
  const modules = files
    .filter((src) => !src.endsWith('.css'))
    .map((src) => `<link rel="modulepreload" crossorigin href="${escapeHtml(src)}">`)
  // Nothing but the entry loads before the first paint: the first API requests, the app and the screen's chunk wait
  // in an inert template that src/main.tsx puts into the head once the shell has painted.
  const afterFirstPaint = `<template id="after-first-paint">${[...firstRequests.map(preloadLink), ...modules].join('')}</template>`
  return lowPriorityEntry(template)
    .replace(/<html lang="[^"]*">/, `<html lang="${language}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>${styles.join('')}${afterFirstPaint}`)
    .replace('<div id="root"></div>', () => `<div id="root" data-shell="${language}">${shellContent(html)}</div>`)
}

/**
 * The first paint comes first (docs/decisions/0018-paint-before-boot.md): the shell needs no script for it, and
 * Lighthouse's simulation counts every request started before the largest paint as delaying it (with the app's 30
 * modulepreloads in the head: FCP 3.1 s and LCP 2.2–3.0 s on / against 0.9 s for the same page without scripts).
 * The entry itself (under 2 KiB) loads at low priority; it does nothing before that paint.
 */
const lowPriorityEntry = (document: string) =>
  document.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"')

const inlineStyle = (css: string) => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`

/** The offline layer registers the service worker from an effect, which never runs in a prerender. */
function noServiceWorker(): Plugin {
  const id = '\0prerender:pwa-register'
  return {
    name: 'prerender-no-service-worker',
    resolveId: (source) => (source.startsWith('virtual:pwa-register') ? id : undefined),
    load: (source) => (source === id ? 'export const registerSW = () => async () => {}' : undefined),
  }
}

/**
 * The first paint comes from HTML (docs/decisions/0015-prerendered-shell.md):
 * - the entry's CSS (about 3 KiB gzip) goes inline into index.html, so no request for it blocks the first paint;
 * - after the build, the app is rendered per route and language with every query pending (src/prerender.tsx,
 *   loaded through a second, SSR build of Vite), and each result is written as a whole document to
 *   dist/shells/<language>/<route>.html beside a manifest the server chooses from.
 */
export function prerenderedShells(): Plugin {
  let config: ResolvedConfig
  // Each module that starts a chunk (its facade), by path from the root: the screens' and the catalogs' chunks.
  const chunks = new Map<string, ChunkInfo>()
  return {
    name: 'prerendered-shells',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle
        if (!bundle) return html
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
          const asset = bundle[fileName]
          if (asset?.type !== 'asset') return link
          return inlineStyle(typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source))
        })
      },
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue
        const css = [...(file.viteMetadata?.importedCss ?? [])]
        if (file.isEntry) for (const name of css) entryCss.add(name)
        if (!file.facadeModuleId) continue
        const id = relative(config.root, file.facadeModuleId).split(sep).join('/')
        chunks.set(id, { fileName: file.fileName, imports: file.imports, css })
      }
    },
    async closeBundle() {
      const started = performance.now()
      const outDir = resolve(config.root, config.build.outDir)
      // Inside node_modules so that the SSR build's external imports (react, …) resolve; one folder per checkout.
      const serverDir = resolve(config.root, `node_modules/.tmp/prerender-${basename(config.root)}-${process.pid}`)
      await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        define: config.define,
        plugins: [react(), noServiceWorker()],
        build: {
          ssr: resolve(config.root, 'src/prerender.tsx'),
          outDir: serverDir,
          emptyOutDir: true,
          target: 'node20',
          rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
        },
      })
      // Imported by its plain URL (no cache-busting query: serverDir is this build's own): the screens' lazy chunks
      // import the same URL, so the app's contexts (router, i18n) exist once, not once per URL.
      const app = (await import(pathToFileURL(resolve(serverDir, 'prerender.mjs')).href)) as PrerenderModule
      const template = await readFile(resolve(outDir, 'index.html'), 'utf8')
      const shellsDir = resolve(outDir, 'shells')
      await rm(shellsDir, { recursive: true, force: true })
      const pages: { path: string; file: string; screen?: string }[] = [
        ...app.shellRoutes.map((route) => ({
          path: app.shellPath(route.pattern),
          file: route.file,
          screen: route.screen,
        })),
        app.notFoundShell,
      ]
      for (const language of app.languages) {
        await mkdir(resolve(shellsDir, language), { recursive: true })
        for (const page of pages) {
          const shell = await app.renderShell(page.path, language)
          // The app (main.tsx imports it after the first paint), the language's catalog and the screen's chunk:
          // boot.tsx needs them before its first render. The contract's schemas come with the first answer
          // (src/api/client.ts), so they load beside it.
          const scripts = [
            ...modulePreloads(chunks, 'src/boot.tsx', config.base),
            ...modulePreloads(chunks, `src/i18n/locales/${language}.json`, config.base),
            ...modulePreloads(chunks, 'src/api/contract.ts', config.base),
            ...(page.screen ? modulePreloads(chunks, page.screen, config.base) : []),
          ]
          const stylesheets = new Map<string, string>()
          for (const src of scripts.filter((file) => file.endsWith('.css'))) {
            stylesheets.set(src, await readFile(resolve(outDir, src.slice(config.base.length)), 'utf8'))
          }
          const document = shellDocument(template, { language, ...shell, scripts, stylesheets })
          await writeFile(resolve(shellsDir, language, `${page.file}.html`), document)
        }
      }
      const manifest: ShellManifest = {
        languages: [...app.languages],
        routes: app.shellRoutes.map(({ pattern, file }) => ({ pattern, file })),
        notFound: app.notFoundShell.file,
      }
      await writeFile(resolve(shellsDir, 'manifest.json'), JSON.stringify(manifest, null, 2))
      await rm(serverDir, { recursive: true, force: true })
      const count = pages.length * app.languages.length
      config.logger.info(`prerendered ${count} shells in ${Math.round(performance.now() - started)} ms`)
    },
  }
}
