// The built app (dist/): hashed files under /assets/ cached for a year, index.html revalidated every time, and the
// SPA's history fallback (a reload of /tasks/t-001 gets that screen's prerendered shell in the reader's language when
// the build made shells, else index.html, and the client router takes over).
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import type { Context, Handler } from 'hono'
import type { Kysely } from 'kysely'
import type { LocalizedText } from '../../src/api/schemas'
import { getIndicator } from '../db/indicators'
import { listOwners } from '../db/owners'
import { getPlan } from '../db/plan'
import type { Schema } from '../db/schema'
import { getTask } from '../db/tasks'
import type { AppEnv } from '../env'
import { ApiError, errorResponse } from './api-error'
import {
  chooseShell,
  parseManifest,
  shellRequest,
  namedDetailShells,
  shellVary,
  withDetailHeading,
  withPlanTitle,
  type NamedDetailShell,
  withShellId,
  type ShellChoice,
  type ShellManifest,
} from './app-shells'
import { representation, sendRepresentation, type Representation } from './representation'

const contentTypes: Record<string, [type: string, compressible: boolean]> = {
  '.html': ['text/html; charset=utf-8', true],
  '.js': ['text/javascript; charset=utf-8', true],
  '.mjs': ['text/javascript; charset=utf-8', true],
  '.css': ['text/css; charset=utf-8', true],
  '.json': ['application/json; charset=utf-8', true],
  '.webmanifest': ['application/manifest+json; charset=utf-8', true],
  '.svg': ['image/svg+xml', true],
  '.txt': ['text/plain; charset=utf-8', true],
  '.xml': ['application/xml', true],
  '.map': ['application/json; charset=utf-8', true],
  '.png': ['image/png', false],
  '.jpg': ['image/jpeg', false],
  '.webp': ['image/webp', false],
  '.ico': ['image/x-icon', false],
  '.woff2': ['font/woff2', false],
  '.woff': ['font/woff', false],
}

const immutable = 'public, max-age=31536000, immutable'

/** Files are read once and kept with their compressed variants until they change on disk (a new build). */
interface Cached {
  mtimeMs: number
  size: number
  rep: Representation
}

async function load(cache: Map<string, Cached>, file: string): Promise<Representation | undefined> {
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) return undefined
  const hit = cache.get(file)
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.rep
  const [type, compressible] = contentTypes[extname(file).toLowerCase()] ?? ['application/octet-stream', false]
  const rep = representation(await readFile(file), type, compressible)
  cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, rep })
  return rep
}

function wantsHtml(c: Context): boolean {
  return (c.req.header('Accept') ?? '').includes('text/html')
}

const isNamedDetail = (file: string): file is NamedDetailShell =>
  (namedDetailShells as readonly string[]).includes(file)

/** The name a detail page's heading shows: the activity's title, the indicator's or the organisation's name. */
async function detailName(db: Kysely<Schema>, choice: ShellChoice): Promise<LocalizedText | undefined> {
  if (choice.id === undefined || !isNamedDetail(choice.file)) return undefined
  switch (choice.file) {
    case 'task':
      return (await getTask(db, choice.id))?.title
    case 'indicator':
      return (await getIndicator(db, choice.id))?.name
    case 'owner':
      return (await listOwners(db)).find((owner) => owner.id === choice.id)?.name
  }
}

/**
 * The shell with the request's id, the plan's title and a detail page's name put in, built once per data revision
 * like an API read. Without a database answer (stopped, not seeded) the shell goes out as the build made it: the app
 * fills it in later.
 */
async function filledShell(c: Context<AppEnv>, html: Representation, choice: ShellChoice): Promise<Representation> {
  const { db, cache } = c.var
  const fill = async (title?: LocalizedText, name?: LocalizedText) => {
    const text = withShellId(Buffer.from(html.body).toString('utf8'), choice.id)
    const filled = withDetailHeading(withPlanTitle(text, title, choice.language), name, choice.language)
    return representation(Buffer.from(filled), html.contentType, true)
  }
  try {
    const revision = await db.readRevision()
    const key = `shell ${html.etag} ${choice.id ?? ''}`
    const build = async () => {
      const [plan, name] = await Promise.all([getPlan(db.kysely), detailName(db.kysely, choice)])
      return fill(plan?.title, name)
    }
    const filled = await cache.get(key, revision, build, async (built) => (await db.readRevision()) === built)
    if (filled) return filled
  } catch {
    // The page must still open while the database is away; its data requests will say what is wrong.
  }
  return fill()
}

export function staticFiles(distDir: string): Handler<AppEnv> {
  const root = resolve(distDir)
  const cache = new Map<string, Cached>()
  const manifests = new WeakMap<Representation, ShellManifest | undefined>()

  /** The screen's prerendered shell in the reader's language, when this build has shells. */
  async function shell(c: Context<AppEnv>, path: string): Promise<Representation | undefined> {
    const manifestFile = await load(cache, join(root, 'shells', 'manifest.json'))
    if (!manifestFile) return undefined
    if (!manifests.has(manifestFile)) manifests.set(manifestFile, parseManifest(manifestFile.body))
    const manifest = manifests.get(manifestFile)
    const choice = manifest && chooseShell(manifest, shellRequest(c, path))
    if (!choice) return undefined
    const html = await load(cache, join(root, 'shells', choice.language, `${choice.file}.html`))
    return html && filledShell(c, html, choice)
  }
  const notFound = (c: Context) => errorResponse(c, new ApiError(404, 'not_found', 'No such page or file'))

  return async (c) => {
    let path: string
    try {
      path = decodeURIComponent(c.req.path)
    } catch {
      return errorResponse(c, new ApiError(400, 'bad_request', 'Malformed path'))
    }
    if (path.includes('\0')) return errorResponse(c, new ApiError(400, 'bad_request', 'Malformed path'))
    const file = resolve(join(root, path))
    // resolve() has collapsed any `..`: whatever is left must still be inside dist/.
    const inside = file === root || file.startsWith(root + sep)
    const rep = inside && file !== root ? await load(cache, file) : undefined
    if (rep) {
      const cacheControl = path.startsWith('/assets/') ? immutable : 'no-cache'
      return sendRepresentation(c, rep, cacheControl)
    }
    if (path.startsWith('/assets/') || !(path === '/' || wantsHtml(c))) return notFound(c)
    const screen = await shell(c, path)
    if (screen) return sendRepresentation(c, screen, 'no-cache', shellVary)
    const index = await load(cache, join(root, 'index.html'))
    if (!index) {
      return errorResponse(c, new ApiError(404, 'not_built', 'The app is not built here: run `npm run build`'))
    }
    return sendRepresentation(c, index, 'no-cache')
  }
}
