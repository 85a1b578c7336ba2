// `npm run bench`: how fast the dashboard is, in one table (issue 15). Builds if the build is older than the code,
// then measures the production build:
// - Lighthouse 12.2.3 mobile (simulated throttling), median of BENCH_RUNS (3) per page, beside the static floor: the
//   same rendered page saved as HTML without scripts and served by the same server, and the ratio of the two LCPs;
// - the first-screen JavaScript (the bundle budget's figure);
// - the longest task per screen without throttling, with the sample plan (beside the static floor's) and with 10,000
//   activities, in a Chromium with no DevTools attached (long-tasks.ts);
// - layout shifts per screen at 412, 1366 and 1920 px while the API answers slowly (800 ms);
// - ticking a status with 10,000 activities: when the box shows it and when the list follows (median, p95).
// This machine is noisy: compare the ratios within one run, not absolute times across runs.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { filterFigures } from './filter-figures'
import { lighthouseMedians } from './lighthouse'
import { longTaskOfBusyPage, longestTask } from './long-tasks'
import { launch, layoutShift, renderedWithoutScripts } from './page-figures'
import { startMockPreview, startServer, stopAll } from './servers'

const runs = Number(process.env.BENCH_RUNS ?? 3)
const serverPort = 8791
const floorPort = 8792
const previewPort = 4188
const mockApiPort = 8798

function newestMtime(path: string): number {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

function buildIfNeeded(): void {
  const built = ['dist/index.html', 'dist-server/main.js'].every((file) => existsSync(file))
  const sources = Math.max(...['src', 'server', 'index.html', 'vite.config.ts'].map(newestMtime))
  if (built && newestMtime('dist') >= sources) return
  console.log('Building (the build is older than the code)…')
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
}

/** The bundle budget's own figure (its exit code says over or within; the figure is what the table wants). */
function firstScreenJs(): string {
  let output: string
  try {
    output = execFileSync('node_modules/.bin/tsx', ['scripts/bundle-budget.ts'], { encoding: 'utf8' })
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? '')
  }
  return /Initial JavaScript: ([\d.]+ KiB)/.exec(output)?.[1] ?? '? (run `npm run build` first)'
}

const ms = (value: number) => `${Math.round(value)} ms`
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

buildIfNeeded()
const report: string[] = [`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on this machine.`]
const javascript = firstScreenJs()
try {
  const dataDir = await startServer(serverPort)
  const origin = `http://127.0.0.1:${serverPort}`
  const indicatorId = ((await (await fetch(`${origin}/api/v1/indicators`)).json()) as { items: { id: string }[] })
    .items[0]?.id
  const ownerId = ((await (await fetch(`${origin}/api/v1/owners`)).json()) as { items: { id: string }[] }).items[0]?.id
  const lighthousePages = ['/', '/tasks', '/indicators', `/indicators/${indicatorId}`, '/present']
  const screens = [...lighthousePages.slice(0, 4), '/owners', `/owners/${ownerId}`, '/changes', '/present']

  const browser = await launch()
  // The static floor: each page as drawn, scripts removed, served by the same server from a copy of the build.
  const floorDir = mkdtempSync(join(tmpdir(), 'sdg4-floor-'))
  cpSync('dist', floorDir, { recursive: true })
  mkdirSync(join(floorDir, 'floor'))
  const floorUrl = (page: string) => `/floor/${page.replace(/\W+/g, '-')}.html`
  for (const page of lighthousePages) {
    writeFileSync(join(floorDir, floorUrl(page)), await renderedWithoutScripts(browser, origin + page))
  }
  await startServer(floorPort, floorDir, dataDir)

  console.log(`Lighthouse: ${lighthousePages.length} pages and their floors, ${runs} runs each…`)
  const urls = lighthousePages.flatMap((page) => [origin + page, `http://127.0.0.1:${floorPort}${floorUrl(page)}`])
  const lh = await lighthouseMedians(urls, runs)
  report.push(
    '',
    `Lighthouse 12.2.3, mobile, simulated throttling, median of ${runs}:`,
    '',
    row(['page', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'floor: score / LCP', 'LCP ÷ floor LCP']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  )
  for (const page of lighthousePages) {
    const app = lh.get(origin + page)
    const floor = lh.get(`http://127.0.0.1:${floorPort}${floorUrl(page)}`)
    if (!app || !floor) continue
    report.push(
      row([
        app.runs === runs ? `\`${page}\`` : `\`${page}\` (${app.runs} of ${runs} runs gave metrics)`,
        app.score,
        seconds(app.fcp),
        seconds(app.lcp),
        ms(app.tbt),
        app.cls.toFixed(3),
        `${floor.score} / ${seconds(floor.lcp)}`,
        (app.lcp / floor.lcp).toFixed(2),
      ]),
    )
  }

  report.push('', `First-screen JavaScript: ${javascript} gzip.`)

  console.log('Long tasks and layout shifts per screen…')
  const busyPage = await longTaskOfBusyPage()
  if (busyPage < 100) throw new Error(`The long-task method missed a 120 ms task (read ${busyPage} ms)`)
  const widths = [412, 1366, 1920]
  report.push(
    '',
    'Per screen, Chromium without throttling (longest task: worst of 3 first visits in a Chromium with no DevTools',
    "attached, beside the static floor's, whose first style and layout is a task of its own; layout shift: API",
    `answering in 800 ms; the method's check, a page that blocks for 120 ms, reads ${ms(busyPage)}):`,
    '',
    row(['screen', 'longest task, sample plan', 'floor', ...widths.map((width) => `CLS at ${width} px`)]),
    row(['---', '---:', '---:', ...widths.map(() => '---:')]),
  )
  for (const screen of screens) {
    const longest = await longestTask(origin + screen)
    const floor = lighthousePages.includes(screen)
      ? ms(await longestTask(`http://127.0.0.1:${floorPort}${floorUrl(screen)}`))
      : 'n/a'
    const shifts: string[] = []
    for (const width of widths) shifts.push((await layoutShift(browser, origin + screen, width)).toFixed(4))
    report.push(row([`\`${screen}\``, ms(longest), floor, ...shifts]))
  }

  console.log('10,000 activities (the HTTP mock API, `large` scenario)…')
  await startMockPreview(previewPort, mockApiPort, 'large')
  const preview = `http://127.0.0.1:${previewPort}`
  const largeScreens = ['/', '/tasks', '/indicators', '/owners', '/changes', '/present']
  report.push('', 'With 10,000 activities, Chromium without throttling:', '', row(['screen', 'longest task']))
  report.push(row(['---', '---:']))
  for (const screen of largeScreens) report.push(row([`\`${screen}\``, ms(await longestTask(preview + screen))]))
  const filter = await filterFigures(browser, preview)
  report.push(
    '',
    `Ticking a status on /tasks with 10,000 activities (${filter.runs} clicks, click to painted frame): ` +
      `box ticked median ${ms(filter.ticked.median)}, p95 ${ms(filter.ticked.p95)}; ` +
      `list and count updated median ${ms(filter.listed.median)}, p95 ${ms(filter.listed.p95)}.`,
  )
  await browser.close()
} finally {
  stopAll()
  // What was measured is printed even when a later step failed.
  console.log(`\n${report.join('\n')}`)
}
