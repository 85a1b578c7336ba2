// Measures /present with the `large` scenario (10,000 activities): DOM nodes once the deck is up, the longest main-
// thread task while it loads, and how long one "Next" takes. Usage: npm run build && npx tsx scripts/bench-present.ts
import { spawn, type ChildProcess } from 'node:child_process'
import { chromium } from 'playwright-core'
import { chromiumLaunch } from '../playwright.config'

const apiPort = 8811
const previewPort = 4211

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
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.addInitScript(() => {
    const w = window as unknown as { longest: number }
    w.longest = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto(`http://127.0.0.1:${previewPort}/present?lang=en`)
  const counter = page.locator('.deck-counter')
  await counter.filter({ hasText: /1 \/ \d+/ }).waitFor({ timeout: 60_000 })
  await page.waitForTimeout(1500)
  const loaded = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    longest: (window as unknown as { longest: number }).longest,
    counter: document.querySelector('.deck-counter')?.textContent,
  }))
  console.log(
    `/present, 10,000 activities: ${loaded.nodes} DOM elements, longest task ${loaded.longest.toFixed(0)} ms, counter "${loaded.counter}"`,
  )
  const next = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const started = performance.now()
        const button = [...document.querySelectorAll('.deck-controls button')].find(
          (b) => b.textContent === 'Next',
        ) as HTMLElement
        button.click()
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)))
      }),
  )
  console.log(`  one "Next": ${next.toFixed(0)} ms`)
  await browser.close()
} finally {
  api.kill()
  preview.kill()
}
