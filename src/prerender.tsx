// The build's prerender entry (scripts/vite/prerender.ts loads it through Vite's SSR build): the real app rendered
// for one route and language with every query still pending, so the HTML is the header, the navigation, the plan
// banner's frame, the page heading and the skeletons at their real size. Nothing here runs in the browser.
import type { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { StaticRouter } from './router/app-router'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { AppRoutes } from './app/routes'
import { type Language } from './i18n/languages'
import { createI18n, loadCatalog } from './i18n/setup'

export { languages } from './i18n/languages'

/**
 * Every screen the app routes to, as the server matches it (`:id` is one path segment). `file` names the shell;
 * `screen` is the module of the screen's chunk, which the shell preloads (the build fails if it is no chunk);
 * `notFoundShell` is what any other path gets. Keep in step with src/app/routes.tsx.
 */
export const shellRoutes = [
  { pattern: '/', file: 'overview', screen: 'src/features/overview/overview-page.tsx' },
  { pattern: '/tasks', file: 'tasks', screen: 'src/features/tasks/tasks-page.tsx' },
  { pattern: '/tasks/:id', file: 'task', screen: 'src/features/tasks/task-detail-page.tsx' },
  { pattern: '/indicators', file: 'indicators', screen: 'src/features/indicators/indicators-page.tsx' },
  { pattern: '/indicators/:id', file: 'indicator', screen: 'src/features/indicators/indicator-detail-page.tsx' },
  { pattern: '/owners', file: 'owners', screen: 'src/features/owners/owners-page.tsx' },
  { pattern: '/owners/:id', file: 'owner', screen: 'src/features/owners/owner-detail-page.tsx' },
  { pattern: '/changes', file: 'changes', screen: 'src/features/changes/changes-page.tsx' },
  { pattern: '/statuses', file: 'statuses', screen: 'src/features/statuses/statuses-page.tsx' },
  { pattern: '/sign-in', file: 'sign-in', screen: 'src/features/account/sign-in-page.tsx' },
  { pattern: '/reviews', file: 'reviews', screen: 'src/features/reviews/reviews-page.tsx' },
  { pattern: '/import', file: 'import', screen: 'src/features/import-plan/import-plan-page.tsx' },
  { pattern: '/present', file: 'present', screen: 'src/features/present/present-page.tsx' },
] as const
export const notFoundShell = { path: '/this-page-does-not-exist', file: 'not-found' } as const

/**
 * Detail routes are rendered for this id; the server writes the requested id in its place (server/http/app-shells.ts),
 * so the shell's links and its preloaded request name the real record.
 */
export const shellIdPlaceholder = '__shell_id__'

/** The address a route's shell is rendered at. */
export const shellPath = (pattern: string) => pattern.replace(':id', shellIdPlaceholder)

/** A request the route's first render makes, exactly as src/api's fetch makes it (so a preload can match it). */
export interface FirstRequest {
  url: string
  credentials: RequestCredentials | undefined
  mode: RequestMode | undefined
}

export interface RenderedShell {
  /** The content of #root. */
  html: string
  /** The document title in the language, as the page sets it once it runs. */
  title: string
  firstRequests: FirstRequest[]
}

/** The one place this entry meets the router: the app's routes at a fixed address. */
function AppAt({
  path,
  queryClient,
  i18n,
}: {
  path: string
  queryClient: QueryClient
  i18n: ReturnType<typeof createI18n>
}) {
  return (
    <StrictMode>
      <Providers queryClient={queryClient} i18n={i18n}>
        <StaticRouter url={path}>
          <AppRoutes />
        </StaticRouter>
      </Providers>
    </StrictMode>
  )
}

const catalogs = new Map<Language, Awaited<ReturnType<typeof loadCatalog>>>()

export async function renderShell(path: string, language: Language): Promise<RenderedShell> {
  let catalog = catalogs.get(language)
  if (!catalog) {
    catalog = await loadCatalog(language)
    catalogs.set(language, catalog)
  }
  const i18n = createI18n(language, { [language]: catalog })
  const queryClient = createQueryClient()
  // prerender (unlike renderToString) waits for the lazy screens; queries never fetch on the server, so they stay
  // pending and every widget renders its skeleton.
  const errors: unknown[] = []
  const { prelude } = await prerender(<AppAt path={path} queryClient={queryClient} i18n={i18n} />, {
    onError: (error) => void errors.push(error),
    // A boundary over the chunk size would be sent apart and put in place by an inline script, which the server's
    // Content-Security-Policy (script-src 'self') refuses: every boundary stays in place.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  // A component that cannot render without a browser would leave its Suspense fallback in the shell: fail the build.
  if (errors.length > 0) throw new Error(`The ${language} shell of ${path} did not render`, { cause: errors[0] })
  const html = await new Response(prelude).text()
  if (/<script|<template/i.test(html)) throw new Error(`The ${language} shell of ${path} would need an inline script`)
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim()
  const title = heading ? `${heading} — ${i18n.t('app.shortName')}` : i18n.t('app.name')
  // A query string comes from the day or the page's own address (`/updates?since=` a month before today), which a
  // shell made at build time cannot know: only requests fixed by the route are preloaded.
  const fixed = (await firstRequests(queryClient)).filter((request) => !request.url.includes('?'))
  return { html, title, firstRequests: fixed }
}

/**
 * The requests the page makes as soon as it runs: every query the render asked for (and did not disable), started
 * against a fetch that only writes down what it was asked. The API client decides the URL and the options, so the
 * preload cannot drift from it.
 */
async function firstRequests(queryClient: QueryClient): Promise<FirstRequest[]> {
  const asked: FirstRequest[] = []
  const origin = 'http://shell.invalid'
  const realFetch = globalThis.fetch
  const hadLocation = 'location' in globalThis
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input)
    asked.push({
      url: url.origin === origin ? `${url.pathname}${url.search}` : url.href,
      credentials: init?.credentials,
      mode: init?.mode,
    })
    return new Promise<Response>(() => {})
  }
  if (!hadLocation) Object.assign(globalThis, { location: new URL(`${origin}/`) })
  try {
    for (const query of queryClient.getQueryCache().getAll()) {
      // `enabled` is an observer's option, kept on the query's options by the observer that built it.
      const { enabled } = query.options as { enabled?: boolean | ((q: typeof query) => boolean) }
      if ((typeof enabled === 'function' ? enabled(query) : enabled) === false) continue
      void query.fetch().catch(() => {})
    }
    await new Promise((resolve) => setTimeout(resolve, 0))
  } finally {
    globalThis.fetch = realFetch
    if (!hadLocation) delete (globalThis as { location?: unknown }).location
  }
  return asked
}
