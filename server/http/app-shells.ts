// The prerendered app shells (docs/decisions/0015-prerendered-shell.md): for a page address, the HTML of that
// screen in the reader's language with every data widget still a skeleton, so the first paint needs no script.
// The build writes them to dist/shells/<language>/<file>.html beside manifest.json (scripts/vite/prerender.ts).
import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import * as z from 'zod/mini'
import type { LocalizedText } from '../../src/api/schemas'
import { pickText } from '../../src/i18n/localized-text'
import { escapeHtml } from './escape-html'
import { fromAcceptLanguage, interfaceLanguages, type InterfaceLanguage } from './language'

const manifestSchema = z.object({
  languages: z.array(z.enum(interfaceLanguages)),
  routes: z.array(z.object({ pattern: z.string(), file: z.string() })),
  notFound: z.string(),
})
export type ShellManifest = z.infer<typeof manifestSchema>

/** The cookie the app sets when a language is chosen or remembered (src/i18n/languages.ts, rememberLanguage). */
export const languageCookie = 'sdg4.language'

/** What the server needs from a request to choose a shell. */
export interface ShellRequest {
  path: string
  lang: string | undefined
  cookie: string | undefined
  acceptLanguage: string | undefined
}

export interface ShellChoice {
  language: InterfaceLanguage
  file: string
  /** The `:id` of a detail route, decoded. */
  id?: string
}

const isLanguage = (value: string | undefined): value is InterfaceLanguage =>
  (interfaceLanguages as readonly string[]).includes(value ?? '')

/** The app's own order (src/i18n/languages.ts): `?lang=`, then the remembered choice, then the browser's, then kk. */
export function shellLanguage({ lang, cookie, acceptLanguage }: Omit<ShellRequest, 'path'>): InterfaceLanguage {
  if (isLanguage(lang)) return lang
  if (isLanguage(cookie)) return cookie
  return fromAcceptLanguage(acceptLanguage) ?? 'kk'
}

/** `/tasks/t-001` matches `/tasks/:id`; a trailing slash is allowed, as the router allows it. */
function matchPattern(pattern: string, path: string): { id?: string } | undefined {
  const want = pattern.split('/').filter(Boolean)
  const have = path.split('/').filter(Boolean)
  if (want.length !== have.length) return undefined
  let id: string | undefined
  for (const [index, segment] of want.entries()) {
    const actual = have[index] ?? ''
    if (segment.startsWith(':')) id = actual
    else if (segment !== actual) return undefined
  }
  return { id }
}

export function chooseShell(manifest: ShellManifest, request: ShellRequest): ShellChoice | undefined {
  const language = shellLanguage(request)
  if (!manifest.languages.includes(language)) return undefined
  for (const route of manifest.routes) {
    const match = matchPattern(route.pattern, request.path)
    if (match) return { language, file: route.file, ...(match.id === undefined ? {} : { id: match.id }) }
  }
  return { language, file: manifest.notFound }
}

/** Detail shells are rendered for this id; the server puts the real one in (links and the preloaded request). */
export const shellIdPlaceholder = '__shell_id__'

/** A detail shell with the request's id put in (its links and its preloaded request name it). */
export function withShellId(html: string, id: string | undefined): string {
  if (id === undefined) return html
  // Percent-encoded, as the app puts it in its URLs; that also keeps every HTML metacharacter out.
  return html.replaceAll(shellIdPlaceholder, encodeURIComponent(id))
}

/**
 * The banner's title as the prerender leaves it (src/app/plan-banner.tsx while the plan is pending). The server puts
 * the plan's title in, so the largest text of most screens is in the first paint instead of after the scripts and
 * the API; the app keeps showing it until its own request answers (keepShellPlanTitle).
 */
export const planTitleSlot = '<p class="plan-banner__title"><span class="skeleton__line" aria-hidden="true"></span></p>'

/** The title slide's plan title as the prerender of /present leaves it (src/features/present/present-page.tsx, pending). */
export const slideTitleSlot = '<p class="slide-title__plan"><span class="skeleton__line" aria-hidden="true"></span></p>'

/** API text as the app writes it (src/components/localized.tsx): escaped, with its `lang` when it is another one. */
function localizedHtml(value: LocalizedText | undefined, language: InterfaceLanguage): string | undefined {
  const picked = value && pickText(value, language)
  if (!picked?.text.trim()) return undefined
  const text = escapeHtml(picked.text)
  return picked.lang === language ? text : `<span lang="${picked.lang}">${text}</span>`
}

/**
 * `html` with the plan's title in the banner, or on the presentation's title slide, in the shell's language (or, as
 * the app does, the one it has).
 */
export function withPlanTitle(html: string, title: LocalizedText | undefined, language: InterfaceLanguage): string {
  const inner = localizedHtml(title, language)
  if (inner === undefined) return html
  return html
    .replace(planTitleSlot, () => `<p class="plan-banner__title">${inner}</p>`)
    .replace(slideTitleSlot, () => `<p class="slide-title__plan">${inner}</p>`)
}

/**
 * A detail page's heading as the prerender leaves it ("Indicator", src/components/page-header.tsx with
 * `shellHeading`). The server puts the record's name in and marks it filled; the page keeps showing it while its
 * request is in flight (src/components/kept-shell-heading.tsx), so the name, the page's largest text, paints from HTML.
 */
const detailHeadingSlot = /(<h1\b[^>]*\bdata-shell-heading=")("[^>]*>)[^<]*(<\/h1>)/

/** The detail shells whose heading is the record's name (the files of the manifest's `:id` routes). */
export const namedDetailShells = ['task', 'indicator', 'owner'] as const
export type NamedDetailShell = (typeof namedDetailShells)[number]

/** `html` with `name` as its detail heading; as it is when there is no name (no such record: the page says so). */
export function withDetailHeading(html: string, name: LocalizedText | undefined, language: InterfaceLanguage): string {
  const inner = localizedHtml(name, language)
  if (inner === undefined) return html
  return html.replace(
    detailHeadingSlot,
    (_, open: string, rest: string, close: string) => `${open}filled${rest}${inner}${close}`,
  )
}

/** The manifest's JSON, checked; undefined when it is not one (a build of another version). */
export function parseManifest(json: Uint8Array): ShellManifest | undefined {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(Buffer.from(json).toString('utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function shellRequest(c: Context, path: string): ShellRequest {
  return {
    path,
    lang: c.req.query('lang'),
    cookie: getCookie(c, languageCookie),
    acceptLanguage: c.req.header('accept-language'),
  }
}

/** The shell differs by these request headers (besides the encoding): caches must keep one per language. */
export const shellVary = ['Cookie', 'Accept-Language']
