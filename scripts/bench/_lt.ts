import { chromium } from 'playwright-core'
import { chromiumLaunch } from '../../playwright.config'
const browser = await chromium.launch(chromiumLaunch)
for (const url of process.argv.slice(2)) {
  const out: string[] = []
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.addInitScript(() => {
      ;(window as any).lt = []
      new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).lt.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true })
    })
    await page.goto(url)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1200)
    out.push(JSON.stringify(await page.evaluate(() => (window as any).lt)))
    await page.close()
  }
  console.log(url.replace(/http:\/\/[^/]+/, ''), out.join('  '))
}
await browser.close()
