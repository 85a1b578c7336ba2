// The longest task while a page loads, in Chromium with no DevTools attached. A browser driven over the DevTools
// protocol (Playwright, Lighthouse) keeps a copy of each response for the inspector and decodes JSON ones on the
// page's own thread: with 10,000 activities (a 5 MB answer) that made tasks of 170–270 ms that no user's browser runs
// (traced: they end at the response's ResourceFinish, and vanish without DevTools).
//
// So the page is opened by a plain Chromium process, through a small proxy that adds one script to each HTML page:
// it observes long tasks from the start and posts the longest to the proxy once the page has settled. The browser
// opens a start page first and is sent on to the page once it has started (browserStartMs). The start page is on
// another site (localhost, the page on 127.0.0.1), so the page gets a renderer process of its own, as a first visit
// from elsewhere would, and not one the start page has already warmed.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumLaunch } from '../../playwright.config'

const collectorPath = '/__bench/collect.js'
const resultPath = '/__bench/longest'
const startPath = '/__bench/start'
/**
 * How long the browser gets to start before the page is opened: a reader's browser is already running when they open
 * the dashboard, while a fresh Chromium's own start-up work (profile, processes, caches) would share the two cores
 * with the page's first tasks. The page itself is still a first visit: the profile holds nothing of it.
 */
const browserStartMs = 2000
/** How long a page gets to load, draw its data and keep a copy of it (written a second after it arrives). */
const settleMs = 7000

/** Runs first in the page (a plain script in the head: the server's CSP allows same-origin scripts only). */
const collector = `
let longest = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration)
}).observe({ type: 'longtask', buffered: true })
setTimeout(() => navigator.sendBeacon('${resultPath}', String(longest)), ${settleMs})
`

function forward(origin: string, req: IncomingMessage, res: ServerResponse) {
  const target = new URL(req.url ?? '/', origin)
  // Uncompressed, so that the HTML can be read and added to (the browser is on the same machine).
  const headers = { ...req.headers, host: target.host, 'accept-encoding': 'identity' }
  const upstream = request(target, { method: req.method, headers }, (answer) => {
    const type = String(answer.headers['content-type'] ?? '')
    if (!type.startsWith('text/html')) {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
      return
    }
    const chunks: Buffer[] = []
    answer.on('data', (chunk: Buffer) => chunks.push(chunk))
    answer.on('end', () => {
      const html = Buffer.concat(chunks)
        .toString('utf8')
        .replace('<head>', `<head><script src="${collectorPath}"></script>`)
      const answerHeaders = { ...answer.headers, 'content-length': String(Buffer.byteLength(html)) }
      delete answerHeaders['transfer-encoding']
      res.writeHead(answer.statusCode ?? 502, answerHeaders)
      res.end(html)
    })
  })
  req.pipe(upstream)
}

/** The longest task (ms) while `url` loads and draws, at a laptop's width; the worst of `runs` loads. */
export async function longestTask(url: string, runs = 3): Promise<number> {
  const { origin, pathname, search } = new URL(url)
  let reported: ((longest: number) => void) | undefined
  let proxyPort = 0
  const proxy = createServer((req, res) => {
    if (req.url === startPath) {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' })
      const page = `http://127.0.0.1:${proxyPort}${pathname}${search}`
      res.end(`<!doctype html><meta http-equiv="refresh" content="${browserStartMs / 1000};url=${page}">`)
    } else if (req.url === collectorPath) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
      res.end(collector)
    } else if (req.url === resultPath) {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        res.end()
        reported?.(Number(body))
      })
    } else {
      forward(origin, req, res)
    }
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const address = proxy.address()
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port')
  proxyPort = address.port
  let worst = 0
  try {
    for (let run = 0; run < runs; run++) {
      const profile = mkdtempSync(join(tmpdir(), 'sdg4-bench-chromium-'))
      const result = new Promise<number>((resolve) => (reported = resolve))
      const browser = spawn(
        chromiumLaunch.executablePath,
        [
          ...chromiumLaunch.args,
          '--headless',
          `--user-data-dir=${profile}`,
          '--window-size=1366,768',
          // Keeps headless Chromium running with its page; no client connects, so nothing is attached.
          '--remote-debugging-port=0',
          `http://localhost:${address.port}${startPath}`,
        ],
        // Its own process group: /usr/bin/chromium is a shell script, and the browser its child.
        { stdio: 'ignore', detached: true },
      )
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${url}: no figure within 60 s`)), 60_000)
      })
      try {
        worst = Math.max(worst, await Promise.race([result, timeout]))
      } finally {
        clearTimeout(timer)
        const exited = new Promise((resolve) =>
          browser.exitCode === null ? browser.once('exit', resolve) : resolve(0),
        )
        if (browser.pid !== undefined) process.kill(-browser.pid, 'SIGTERM')
        await exited
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
      }
    }
  } finally {
    proxy.close()
  }
  return worst
}

/** The method's own check: a page that blocks its thread for 120 ms must read about 120 ms. */
export async function longTaskOfBusyPage(): Promise<number> {
  const busyPage = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(
      '<!doctype html><html><head><title>busy</title></head><body><p>busy</p><script>setTimeout(() => { const start = performance.now(); ' +
        'while (performance.now() - start < 120); }, 300)</script>',
    )
  })
  await new Promise<void>((resolve) => busyPage.listen(0, '127.0.0.1', resolve))
  const address = busyPage.address()
  try {
    if (address === null || typeof address === 'string') throw new Error('the busy page has no port')
    return await longestTask(`http://127.0.0.1:${address.port}/`, 1)
  } finally {
    busyPage.close()
  }
}
