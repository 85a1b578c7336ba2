// Lighthouse 12.2.3 (13 needs Node 22), mobile with its default simulated throttling, in Debian's Chromium.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { median } from './stats'

export interface LighthouseFigures {
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** How many runs gave metrics (Lighthouse sometimes gives none); the medians are over those. */
  runs: number
}

const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-component-update']

async function once(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`)
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    runs: 1,
  }
}

/** Each URL `runs` times, interleaved (so a noisy minute hurts every page alike); the median of each figure. */
export async function lighthouseMedians(urls: string[], runs: number): Promise<Map<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags,
  })
  const results = new Map<string, LighthouseFigures[]>(urls.map((url) => [url, []]))
  try {
    for (let run = 0; run < runs; run++) {
      for (const url of urls) results.get(url)?.push(await once(url, chrome.port))
    }
  } finally {
    await chrome.kill()
  }
  const medians = new Map<string, LighthouseFigures>()
  for (const [url, all] of results) {
    const measured = all.filter((r) => Number.isFinite(r.lcp) && Number.isFinite(r.fcp))
    const pick = (key: keyof LighthouseFigures) => median(measured.map((r) => r[key]))
    medians.set(url, {
      score: pick('score'),
      fcp: pick('fcp'),
      lcp: pick('lcp'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      runs: measured.length,
    })
  }
  return medians
}
