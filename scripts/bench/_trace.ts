import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { chromiumLaunch } from '../../playwright.config'
const url = process.argv[2]!
const width = Number(process.argv[3] ?? 1366)
const browser = await chromium.launch(chromiumLaunch)
const page = await browser.newPage({ viewport: { width, height: 768 } })
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] })
await page.goto(url)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(1500)
await browser.stopTracing()
await browser.close()
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents as any[]
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 30000)
for (const task of main.sort((a, b) => a.ts - b.ts)) {
  const inside = events.filter((e) => e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.ph === 'X')
  const sums = new Map<string, number>()
  for (const e of inside) if (['Layout', 'UpdateLayoutTree', 'Paint', 'EvaluateScript', 'FunctionCall', 'v8.compile', 'ParseHTML', 'TimerFire', 'FireAnimationFrame', 'v8.evaluateModule', 'RunMicrotasks', 'PrePaint', 'Layerize', 'HitTest', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'EventDispatch', 'V8.GCScavenger', 'MajorGC', 'MinorGC'].includes(e.name)) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000)
  const fc = inside.find((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule')
  console.log(`task ${(task.dur / 1000).toFixed(0)} ms:`, [...sums].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '), '|', fc?.args?.data?.url?.split('/').pop() ?? fc?.args?.data?.functionName ?? '')
}
