// What a page costs in Chromium without throttling: its layout shifts at a width while the API answers slowly, read
// from the browser's own performance entries (its longest task is measured without DevTools: long-tasks.ts).
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumLaunch } from '../../playwright.config'

declare global {
  interface Window {
    benchEntries: { shift: number }
  }
}

/** Installed before any page script: collects layout shifts from the very start. */
function collect() {
  window.benchEntries = { shift: 0 }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) window.benchEntries.shift += entry.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

export async function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunch)
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1000)
}

async function load(browser: Browser, url: string, width: number, apiDelayMs = 0) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 915 : Math.round(width * 0.5625) } })
  await page.addInitScript(collect)
  if (apiDelayMs > 0) {
    await page.route('**/api/v1/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, apiDelayMs))
      await route.continue()
    })
  }
  await page.goto(url, { timeout: 60_000 })
  await settle(page)
  return page
}

/** The layout shifts that add up while `url` loads with the API answering after `apiDelayMs`. */
export async function layoutShift(browser: Browser, url: string, width: number, apiDelayMs = 800): Promise<number> {
  const page = await load(browser, url, width, apiDelayMs)
  const shift = await page.evaluate(() => window.benchEntries.shift)
  await page.close()
  return shift
}

/** The page as it stands once drawn, without its scripts: what plain HTML and CSS could show (the static floor). */
export async function renderedWithoutScripts(browser: Browser, url: string): Promise<string> {
  const page = await load(browser, url, 412)
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement
    copy
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], template')
      .forEach((element) => element.remove())
    return `<!doctype html>\n${copy.outerHTML}`
  })
  await page.close()
  return html
}
