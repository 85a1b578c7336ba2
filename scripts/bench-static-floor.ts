// The floor for `npm run bench:api`: a plain node:http server sending fixed bytes (the API's own bodies, saved by
// the bench, and their br-compressed variants as a static server with precompressed files would) with an ETag and
// 304, and nothing else. No server can answer these requests faster than this.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const bodies = new Map<string, { body: Buffer; etag: string }>()
for (const [path, file] of Object.entries(JSON.parse(process.env.FLOOR_FILES ?? '{}') as Record<string, string>)) {
  const body = readFileSync(file)
  bodies.set(path, { body, etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` })
}

const server = createServer((request, response) => {
  const br = (request.headers['accept-encoding'] ?? '').includes('br') && bodies.has(`${request.url}|br`)
  const entry = bodies.get(br ? `${request.url}|br` : (request.url ?? ''))
  if (!entry) {
    response.writeHead(404).end()
    return
  }
  if (request.headers['if-none-match'] === entry.etag) {
    response.writeHead(304, { ETag: entry.etag }).end()
    return
  }
  response.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': entry.body.length,
    ETag: entry.etag,
    ...(br ? { 'Content-Encoding': 'br' } : {}),
  })
  response.end(entry.body)
})
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  console.log(JSON.stringify({ msg: 'listening', port: typeof address === 'object' ? address?.port : undefined }))
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
