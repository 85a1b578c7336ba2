import { chromium } from 'playwright-core'
import { chromiumLaunch } from '../../playwright.config'
const url = process.argv[2]!
const browser = await chromium.launch(chromiumLaunch)
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
await page.addInitScript(() => {
  ;(window as any).lt = []
  new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).lt.push([Math.round(e.startTime), Math.round(e.duration)]) }).observe({ type: 'longtask', buffered: true })
})
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
await cdp.send('Profiler.start')
await page.goto(url)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(1500)
const { profile } = await cdp.send('Profiler.stop') as any
console.log('long tasks [start, dur]:', JSON.stringify(await page.evaluate(() => (window as any).lt)))
const self = new Map<string, number>()
const dt = profile.timeDeltas as number[]
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
const counts = new Map<number, number>()
profile.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)))
for (const [id, us] of counts) {
  const n: any = byId.get(id)
  const cf = n.callFrame
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`
  self.set(key, (self.get(key) ?? 0) + us)
}
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((us / 1000).toFixed(1).padStart(7), 'ms', k)
await browser.close()
