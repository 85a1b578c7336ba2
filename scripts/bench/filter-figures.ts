// Ticking a status with 10,000 activities: when the box shows the tick, and when the list and its count follow.
// Each is timed from the click to the first painted frame that shows it.
import type { Browser } from 'playwright-core'
import { median, quantile } from './stats'

export interface FilterFigures {
  ticked: { median: number; p95: number }
  listed: { median: number; p95: number }
  runs: number
}

export async function filterFigures(browser: Browser, origin: string, runs = 20): Promise<FilterFigures> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await page.goto(`${origin}/tasks?lang=en`)
  // tsx names inner functions with a helper that exists only in Node; the page needs its own (a no-op).
  await page.evaluate('window.__name = (f) => f')
  await page.getByText(/^Showing 10,000 of 10,000 activities$/).waitFor({ timeout: 60_000 })
  const ticked: number[] = []
  const listed: number[] = []
  for (let i = 0; i < runs; i++) {
    const [tick, list] = await page.evaluate(
      () =>
        new Promise<[number, number]>((resolve) => {
          const box = document.querySelector<HTMLInputElement>('.filters fieldset input[type=checkbox]')
          const count = document.querySelector('.result-count')
          if (!box || !count) throw new Error('No status checkbox or result count on /tasks')
          const wanted = !box.checked
          const before = count.textContent
          const started = performance.now()
          let tickedAt: number | undefined
          const frame = () => {
            const now = performance.now()
            if (tickedAt === undefined && box.checked === wanted) tickedAt = now - started
            if (tickedAt !== undefined && document.querySelector('.result-count')?.textContent !== before) {
              resolve([tickedAt, now - started])
              return
            }
            requestAnimationFrame(frame)
          }
          box.click()
          requestAnimationFrame(frame)
        }),
    )
    ticked.push(tick)
    listed.push(list)
  }
  await page.close()
  const figures = (values: number[]) => ({ median: median(values), p95: quantile(values, 0.95) })
  return { ticked: figures(ticked), listed: figures(listed), runs }
}
