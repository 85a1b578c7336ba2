// A body built once and sent many times: its bytes, an ETag from those bytes, and compressed variants made on
// first demand. Used for API reads (cached per data revision) and for the app's static files.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Context } from 'hono'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export type Encoding = 'br' | 'gzip'

/** What a Response body accepts; a view over a Buffer's memory, not a copy. */
export type Bytes = Uint8Array<ArrayBuffer>
const bytes = (buffer: Buffer): Bytes =>
  new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength)

export interface Representation {
  body: Bytes
  /** Weak: the compressed variants differ in bytes but not in meaning. */
  etag: string
  contentType: string
  compressible: boolean
  variants: Map<Encoding, Promise<Bytes>>
}

/** Below this, compression costs more than it saves. */
const minCompressBytes = 1024

export function representation(body: Buffer, contentType: string, compressible: boolean): Representation {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27)
  return {
    body: bytes(body),
    etag: `W/"${hash}"`,
    contentType,
    compressible: compressible && body.length >= minCompressBytes,
    variants: new Map(),
  }
}

export function jsonRepresentation(value: unknown): Representation {
  return representation(Buffer.from(JSON.stringify(value)), 'application/json; charset=utf-8', true)
}

async function compress(body: Bytes, encoding: Encoding): Promise<Bytes> {
  // Brotli quality 5 is about gzip's speed with smaller output; 11 (the default) takes seconds on a 5 MB plan.
  const compressed =
    encoding === 'br'
      ? await brotli(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        })
      : await gzipAsync(body, { level: 6 })
  return bytes(compressed)
}

/** The best encoding the client accepts (q > 0), br before gzip; undefined for identity. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined
  const accepted = new Set<string>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim())
  }
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return undefined
}

/** RFC 9110 If-None-Match: a list of entity tags or `*`, compared weakly for GET. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/** Sends the representation, or 304 when the client already has it. `vary`: request headers it was chosen by. */
export async function sendRepresentation(
  c: Context,
  rep: Representation,
  cacheControl: string,
  vary: readonly string[] = [],
): Promise<Response> {
  const headers: Record<string, string> = { ETag: rep.etag, 'Cache-Control': cacheControl }
  const varies = rep.compressible ? ['Accept-Encoding', ...vary] : vary
  if (varies.length > 0) headers.Vary = varies.join(', ')
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), rep.etag)) return c.body(null, 304, headers)
  headers['Content-Type'] = rep.contentType
  const encoding = rep.compressible ? negotiateEncoding(c.req.header('Accept-Encoding')) : undefined
  if (!encoding) return c.body(rep.body, 200, headers)
  let variant = rep.variants.get(encoding)
  if (!variant) {
    variant = compress(rep.body, encoding)
    rep.variants.set(encoding, variant)
  }
  headers['Content-Encoding'] = encoding
  return c.body(await variant, 200, headers)
}
