import { expect, test, type Page } from '@playwright/test'

// Nothing jumps while the page loads (issue 15): with the API answering slowly, every screen's skeletons reserve
// the space their content takes, so the layout shifts add up to at most 0.01 (Chromium's own layout-shift entries,
// the same that make Lighthouse's CLS) at a phone's and a laptop's width, in Kazakh, whose words are longest.
const routes = [
  '/',
  '/tasks',
  '/indicators',
  '/indicators/ind-4-1-1-math',
  '/owners',
  '/owners/moe',
  '/changes',
  '/present',
]
const widths = [
  { width: 412, height: 915 },
  { width: 1366, height: 768 },
]
const apiDelayMs = 800

async function layoutShifts(page: Page): Promise<{ total: number; shifted: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & {
            value: number
            hadRecentInput: boolean
            sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
          })[]
          const counted = entries.filter((entry) => !entry.hadRecentInput)
          resolve({
            total: counted.reduce((sum, entry) => sum + entry.value, 0),
            shifted: counted.flatMap((entry) =>
              (entry.sources ?? []).map((source) => {
                const node = source.node
                const name = node instanceof Element ? `${node.tagName}.${node.className}` : String(node?.nodeName)
                const [before, after] = [source.previousRect, source.currentRect]
                return `${name} at ${Math.round(entry.startTime)} ms (${before.x},${before.y} ${before.width}×${before.height} → ${after.x},${after.y} ${after.width}×${after.height})`
              }),
            ),
          })
        }).observe({ type: 'layout-shift', buffered: true })
        // With no shift at all the observer never calls back: resolve with nothing after a frame.
        requestAnimationFrame(() => setTimeout(() => resolve({ total: 0, shifted: [] }), 50))
      }),
  )
}

for (const viewport of widths) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport })

    for (const route of routes) {
      test(`${route} does not shift while its data arrives slowly`, async ({ page }) => {
        await page.route('**/api/v1/**', async (request) => {
          await new Promise((resolve) => setTimeout(resolve, apiDelayMs))
          await request.continue()
        })
        await page.goto(`${route}${route.includes('?') ? '&' : '?'}lang=kk`)
        await page.waitForLoadState('networkidle')
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
        await page.waitForTimeout(300) // the frames after the last answer
        const { total, shifted } = await layoutShifts(page)
        expect(total, `shifted: ${shifted.join(', ')}`).toBeLessThanOrEqual(0.01)
      })
    }
  })
}
