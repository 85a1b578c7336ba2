// Benchmark: how long the Activities screen takes to answer a filter or sort change with 10,000 activities, in
// Chromium, against the production build and the HTTP mock API's `large` scenario. Each change is timed from the
// click to the next painted frame after the result count (or first row) has changed. Prints median and p95.
// Usage: npm run build && npm run bench
import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Page } from 'playwright-core'
import { chromiumLaunch } from '../playwright.config'

const apiPort = 8797
const previewPort = 4187
const runs = 15

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' })
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not come up`)
}

/** Clicks `selector` in the page and resolves with ms until the frame after `watch`'s text changes. */
function timeChange(page: Page, selector: string, watch: string): Promise<number> {
  return page.evaluate(
    ([selector, watch]) =>
      new Promise<number>((resolve) => {
        const target = document.querySelector(watch)
        const before = target?.textContent
        const started = performance.now()
        const observer = new MutationObserver(() => {
          if (document.querySelector(watch)?.textContent === before) return
          observer.disconnect()
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)))
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
        ;(document.querySelector(selector) as HTMLElement).click()
      }),
    [selector, watch] as const,
  )
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (n=${times.length})`
}

const api = start('node_modules/.bin/tsx', ['scripts/mock-api-server.ts'], {
  MOCK_API_PORT: String(apiPort),
  MOCK_SCENARIO: 'large',
})
const preview = start('node_modules/.bin/vite', ['preview', '--port', String(previewPort), '--strictPort'], {
  MOCK_API_PORT: String(apiPort),
})
try {
  await waitFor(`http://127.0.0.1:${apiPort}/api/v1/plan`)
  await waitFor(`http://127.0.0.1:${previewPort}/`)
  const browser = await chromium.launch(chromiumLaunch)
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`http://127.0.0.1:${previewPort}/tasks?lang=en`)
  await page.getByText(/^Showing 10,000 of 10,000 activities$/).waitFor({ timeout: 30_000 })

  const statusToggle: number[] = []
  const overdueToggle: number[] = []
  const sortByDue: number[] = []
  const sortByTitle: number[] = []
  for (let i = 0; i < runs; i++) {
    statusToggle.push(await timeChange(page, '.filters fieldset input[type=checkbox]:nth-of-type(1)', '.result-count'))
    overdueToggle.push(await timeChange(page, '.filters div.filter-group > label.check input', '.result-count'))
    sortByDue.push(await timeChange(page, 'th:nth-child(6) .sort-button', 'tbody tr:nth-child(2) td'))
    sortByTitle.push(await timeChange(page, 'th:nth-child(2) .sort-button', 'tbody tr:nth-child(2) td'))
  }
  console.log('Activities screen, 10,000 activities, Chromium, production build:')
  console.log(`  toggle a status filter:   ${summary(statusToggle)}`)
  console.log(`  toggle "Overdue only":    ${summary(overdueToggle)}`)
  console.log(`  sort by due date:         ${summary(sortByDue)}`)
  console.log(`  sort by title (collator): ${summary(sortByTitle)}`)
  await browser.close()
} finally {
  api.kill()
  preview.kill()
}
