import { chromium } from 'playwright-core'
import { chromiumLaunch } from '../../playwright.config'
const url = process.argv[2]!
const browser = await chromium.launch(chromiumLaunch)
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Profiler.start')
await page.goto(url)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(1500)
const { profile } = (await cdp.send('Profiler.stop')) as any
await browser.close()
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map<string, number>()
profile.samples.forEach((id: number, i: number) => {
  const dt = profile.timeDeltas[i] ?? 0
  const seen = new Set<string>()
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur).callFrame
    if (!cf.url.includes('/assets/')) continue
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`
    if (seen.has(key)) continue
    seen.add(key)
    incl.set(key, (incl.get(key) ?? 0) + dt)
  }
})
const want = new RegExp(process.argv[3] ?? '^[A-Z]')
for (const [k, us] of [...incl].filter(([k]) => want.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((us / 1000).toFixed(1).padStart(7), k)
