import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

test.use({ viewport: { width: 1280, height: 720 } })

test('keys move through the slides and the counter follows; Esc goes back', async ({ page }) => {
  await page.goto('/tasks?lang=en&status=delayed')
  // Until the app runs, the prerendered shell's link loads /present in full, and Esc then has no page of ours to go
  // back to: wait for the list, which only the app draws.
  await expect(page.getByRole('table', { name: 'Activities of the action plan' })).toBeVisible()
  await page.getByRole('link', { name: 'Present this view' }).click()
  const counter = page.getByRole('status').filter({ hasText: /\d+ \/ \d+$/ })
  await expect(counter).toHaveText(/^Slide 1 \/ (\d+)$/)
  const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')?.[1])
  await page.keyboard.press('ArrowRight')
  await expect(counter).toHaveText(`Slide 2 / ${total}`)
  await page.keyboard.press('Space')
  await page.keyboard.press('PageDown')
  await expect(counter).toHaveText(`Slide 4 / ${total}`)
  await page.keyboard.press('PageUp')
  await expect(counter).toHaveText(`Slide 3 / ${total}`)
  await page.keyboard.press('End')
  await expect(counter).toHaveText(`Slide ${total} / ${total}`)
  await page.keyboard.press('Home')
  await expect(counter).toHaveText(`Slide 1 / ${total}`)
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/tasks\?lang=en&status=delayed$/)
})

test("the plan's title stays where the HTML painted it while the deck's data arrives", async ({ page }) => {
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  await page.route('**/api/v1/**', async (route) => {
    await answered
    await route.continue()
  })
  await page.goto('/present?lang=en')
  const title = page.locator('.slide--current .slide-title__plan')
  await expect(title).toHaveText(/\S/) // the server wrote it into the shell
  const painted = await title.boundingBox()
  answer()
  await expect(page.getByRole('status').filter({ hasText: /\d+ \/ \d+$/ })).toHaveText(/^Slide 1 \/ \d+$/)
  expect(await title.boundingBox()).toEqual(painted)
})

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`no slide overflows at ${size.width}×${size.height}, and body text is at least 28 px`, async ({ page }) => {
    await page.setViewportSize(size)
    await page.goto('/present?lang=ru')
    const counter = page.getByRole('status').filter({ hasText: /\d+ \/ \d+$/ })
    await expect(counter).toHaveText(/\/ \d+$/)
    const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')?.[1])
    for (let i = 1; i <= total; i++) {
      // Hidden slides are not in the accessibility tree: the one region on screen is the current slide.
      const slide = page.getByRole('region')
      await expect(counter).toHaveText(new RegExp(`${i} / ${total}$`))
      await expect(slide.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0)
      const overflow = await slide.evaluate((el) => {
        const body = el.querySelector('.slide__body') as HTMLElement
        return {
          body: body.scrollHeight - body.clientHeight,
          slide: el.getBoundingClientRect().bottom - window.innerHeight,
          width: document.documentElement.scrollWidth - window.innerWidth,
        }
      })
      expect(overflow.body, `slide ${i} body`).toBeLessThanOrEqual(1)
      expect(overflow.slide, `slide ${i}`).toBeLessThanOrEqual(0)
      expect(overflow.width, `slide ${i} width`).toBeLessThanOrEqual(0)
      const fontSize = await slide.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      expect(fontSize).toBeGreaterThanOrEqual(28)
      await page.keyboard.press('ArrowRight')
    }
  })
}

// What a slide shows in pixels on a 1280×720 projector image: text sizes as drawn (a chart's SVG may be scaled down to
// fit), whether each "2023–2029" sits on one line, and how big the hatch cells of the chart fills are.
async function measureSlide(page: Page) {
  return page.locator('.slide--current').evaluate((slide) => {
    const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize)
    const drawn = (text: SVGTextElement) => {
      const svg = text.closest('svg.chart-surface') as SVGSVGElement // not ownerSVGElement: a wrapped label has an svg of its own
      return px(text) * (svg.getBoundingClientRect().width / svg.width.baseVal.value)
    }
    const chartText = [...slide.querySelectorAll<SVGTextElement>('svg.chart-surface text')]
    const legend = [...slide.querySelectorAll('.chart-legend li')]
    const fills = [...slide.querySelectorAll('.chart-bar')].map((bar) => bar.getAttribute('fill'))
    const patterns = fills.map((fill) => slide.querySelector(`pattern[id="${/url\(#(.+)\)/.exec(fill ?? '')?.[1]}"]`))
    const bodyText = [
      ...slide.querySelectorAll('.slide__body p, .slide__body td, .slide__body li, .slide__body dd'),
    ].filter((element) => !element.closest('.chart')) // a chart's legend is a chart label
    return {
      body: Math.min(px(slide), ...bodyText.map(px)),
      chartText: Math.min(Infinity, ...chartText.map(drawn), ...legend.map(px)),
      chartTextCount: chartText.length,
      footer: Math.min(...[...slide.querySelectorAll('.slide__footer, .slide__footer *')].map(px)),
      ranges: [...slide.querySelectorAll('.slide-range')].map((range) => range.getClientRects().length),
      hatchCells: patterns.map((pattern) => Number(pattern?.getAttribute('width') ?? 0)),
    }
  })
}

for (const lang of ['kk', 'ru', 'en']) {
  test(`readable from the back of the room at 1280×720 (${lang}): type, charts, periods, footer and controls`, async ({
    page,
  }) => {
    await page.goto(`/present?lang=${lang}&since=2026-01-01`)
    const counter = page.getByRole('status').filter({ hasText: /\d+ \/ \d+$/ })
    await expect(counter).toHaveText(/1 \/ \d+$/)
    const total = Number(/\/ (\d+)$/.exec((await counter.textContent()) ?? '')?.[1])
    expect(parseFloat(await counter.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18)

    // The title slide names the plan once: no footer repeating it under the title.
    const title = page.getByRole('region')
    expect((await title.textContent())?.split('2023–2029')).toHaveLength(2)

    let charts = 0
    for (let i = 1; i <= total; i++) {
      await expect(counter).toHaveText(new RegExp(`^\\D*${i} / ${total}$`))
      await expect(
        page
          .getByRole('region')
          .getByRole('status')
          .filter({ hasText: /Loading|Жүктел|Загруз/ }),
      ).toHaveCount(0)
      const slide = await measureSlide(page)
      expect(slide.body, `slide ${i} body text`).toBeGreaterThanOrEqual(28)
      expect(slide.footer, `slide ${i} footer`).toBeGreaterThanOrEqual(18)
      expect(
        slide.ranges.every((lines) => lines === 1),
        `slide ${i}: "2023–2029" on one line`,
      ).toBe(true)
      if (slide.chartTextCount > 0) {
        charts++
        expect(slide.chartText, `slide ${i} chart labels and ticks`).toBeGreaterThanOrEqual(20)
        for (const cell of slide.hatchCells) expect(cell, `slide ${i} hatch`).toBeGreaterThanOrEqual(16)
      }
      await page.keyboard.press('ArrowRight')
    }
    expect(charts).toBeGreaterThanOrEqual(3)
  })
}

test('"Next" is the most prominent control: the one filled button, with the largest type', async ({ page }) => {
  await page.goto('/present?lang=en')
  const controls = page.getByRole('navigation', { name: 'Presentation controls' })
  await expect(controls.getByRole('button', { name: 'Next' })).toBeEnabled()
  const buttons = await controls.getByRole('button').evaluateAll((elements) =>
    elements.map((button) => {
      const style = getComputedStyle(button)
      const box = button.getBoundingClientRect()
      return {
        name: button.textContent,
        filled: style.backgroundColor,
        size: parseFloat(style.fontSize),
        height: box.height,
      }
    }),
  )
  const next = buttons.find((button) => button.name === 'Next')
  const others = buttons.filter((button) => button.name !== 'Next')
  expect(next?.filled).not.toBe('rgb(255, 255, 255)')
  for (const other of others) {
    expect(other.filled, other.name ?? '').toBe('rgb(255, 255, 255)')
    expect(next?.size ?? 0).toBeGreaterThan(other.size)
    expect(next?.height ?? 0).toBeGreaterThanOrEqual(other.height)
  }
})

test('printing gives one slide per landscape page', async ({ page }) => {
  await page.goto('/present?lang=kk&since=2026-01-01')
  await expect(page.getByRole('status').filter({ hasText: /\d+ \/ \d+$/ })).toHaveText(/\/ \d+$/)
  const total = Number(
    /\/ (\d+)/.exec(
      (await page
        .getByRole('status')
        .filter({ hasText: /\d+ \/ \d+$/ })
        .textContent()) ?? '',
    )?.[1],
  )
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('region')).toHaveCount(total)
  await expect(page.getByRole('navigation', { name: 'Презентацияны басқару' })).toBeHidden()
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages).toHaveLength(total)
  const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)
  expect(Number(mediaBox?.[1])).toBeGreaterThan(Number(mediaBox?.[2]))
})

test('"Download PowerPoint" gives a deck LibreOffice opens: one page per slide, Kazakh text intact, not blank', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000)
  await page.goto('/present?status=delayed&lang=kk')
  const counter = page.getByRole('status').filter({ hasText: /\d+ \/ \d+$/ })
  await expect(counter).toHaveText(/1 \/ \d+$/)
  const slides = Number(/\/ (\d+)$/.exec((await counter.textContent()) ?? '')?.[1])
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PowerPoint жүктеп алу' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^тдм4-презентация_\d{4}-\d{2}-\d{2}\.pptx$/)
  await expect(page.getByRole('status').filter({ hasText: 'PowerPoint файлы жүктеп алынды.' })).toBeVisible()

  const dir = testInfo.outputPath('deck')
  await mkdir(dir, { recursive: true })
  const pptx = join(dir, 'deck.pptx')
  await download.saveAs(pptx)
  // A profile of its own, so a LibreOffice already open on the machine does not swallow the conversion.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      pptx,
    ],
    { timeout: 150_000, stdio: 'ignore' },
  )
  const pdf = join(dir, 'deck.pdf')
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1])
  expect(pages).toBe(slides)
  const text = execFileSync('pdftotext', [pdf, '-']).toString()
  expect(text).toContain('Кешігуде')
  for (const letter of ['Ә', 'Қ', 'Ү', 'І']) expect(text.toUpperCase()).toContain(letter)

  // The status chart's page rendered small in grey: a real chart leaves plenty of dark pixels.
  execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '3', '-l', '3', pdf, join(dir, 'page')])
  const image = await readFile(join(dir, (await readdir(dir)).find((name) => name.endsWith('.pgm')) ?? 'missing'))
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 32).toString('latin1'))
  const pixels = image.subarray(header?.[0].length ?? 0)
  const dark = pixels.filter((value) => value < 160).length
  expect(dark / pixels.length).toBeGreaterThan(0.01)
})
