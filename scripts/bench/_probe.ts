import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
const urls = process.argv.slice(2)
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu'] })
for (const url of urls) {
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
  const lhr = r!.lhr
  const a = lhr.audits
  console.log('\n==', url, 'score', Math.round(lhr.categories.performance!.score! * 100), 'FCP', a['first-contentful-paint'].numericValue?.toFixed(0), 'LCP', a['largest-contentful-paint'].numericValue?.toFixed(0), 'TBT', a['total-blocking-time'].numericValue?.toFixed(0), 'SI', a['speed-index'].numericValue?.toFixed(0))
  const lcpEl = (a['largest-contentful-paint-element']?.details as any)?.items?.[0]?.items?.[0]?.node
  console.log('LCP element:', lcpEl?.selector, '|', lcpEl?.nodeLabel?.slice(0, 80))
  const phases = (a['largest-contentful-paint-element']?.details as any)?.items?.[1]?.items
  console.log('LCP phases:', JSON.stringify(phases?.map((p: any) => [p.phase, Math.round(p.timing)])))
  const lt = (a['long-tasks']?.details as any)?.items?.slice(0, 8).map((t: any) => `${t.url?.split('/').pop()}:${Math.round(t.duration)}@${Math.round(t.startTime)}`)
  console.log('long tasks:', lt?.join(' '))
  const boot = (a['bootup-time']?.details as any)?.items?.slice(0, 5).map((t: any) => `${t.url?.split('/').pop()} total ${Math.round(t.total)} script ${Math.round(t.scripting)} parse ${Math.round(t.scriptParseCompile)}`)
  console.log('bootup:', boot?.join(' ; '))
}
await chrome.kill()
