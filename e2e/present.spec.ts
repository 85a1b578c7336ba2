import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

test.use({ viewport: { width: 1280, height: 720 } })

test('keys move through the slides and the counter follows; Esc goes back', async ({ page }) => {
  await page.goto('/tasks?lang=en&status=delayed')
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

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`no slide overflows at ${size.width}×${size.height}, and body text is at least 24 px`, async ({ page }) => {
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
      expect(fontSize).toBeGreaterThanOrEqual(24)
      await page.keyboard.press('ArrowRight')
    }
  })
}

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
