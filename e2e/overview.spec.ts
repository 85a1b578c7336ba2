import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'

/** The overview with its activities loaded (before that, the figures and chart frames are placeholders). */
async function openOverview(page: Page) {
  await page.goto('/?lang=en')
  await expect(page.getByRole('link', { name: /^\d+ — Total activities$/ })).toBeVisible()
}

test('the charts draw real marks', async ({ page }) => {
  await openOverview(page)
  for (const name of [
    'Activities by status',
    'Activities by SDG target',
    'Activities by responsible organisation',
    'Deadlines by quarter',
  ]) {
    const figure = page.getByRole('figure', { name })
    await figure.scrollIntoViewIfNeeded() // a chart is drawn when it comes near the viewport
    await expect(figure.locator('.chart-bar').first()).toBeVisible()
    expect(await figure.locator('.chart-bar').count()).toBeGreaterThan(1)
  }
})

test('a status has one colour: the Delayed badge and the Delayed bar match', async ({ page }) => {
  await page.goto('/tasks?lang=en&status=delayed')
  const badge = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first()
    .getByText(/^\W*Delayed$/)
  const badgeColour = await badge.evaluate((el) => getComputedStyle(el).color)
  await openOverview(page)
  const figure = page.getByRole('figure', { name: 'Activities by status' })
  await figure.scrollIntoViewIfNeeded()
  await expect(figure.locator('.chart-bar').first()).toBeVisible()
  // The bar is filled with the status pattern; its base colour is the pattern's first rectangle.
  const barColour = await figure
    .locator('pattern[id$="-delayed"] rect') // each chart's patterns carry its own id prefix
    .first()
    .evaluate((el) => {
      const probe = document.createElement('span')
      probe.style.color = el.getAttribute('fill') ?? ''
      document.body.append(probe)
      const colour = getComputedStyle(probe).color
      probe.remove()
      return colour
    })
  expect(barColour).toBe(badgeColour)
})

test('choosing a status in the chart opens the filtered activity list', async ({ page }) => {
  await openOverview(page)
  const figure = page.getByRole('figure', { name: 'Activities by status' })
  await figure.scrollIntoViewIfNeeded()
  const bars = figure.locator('.chart-bar')
  await expect(bars).toHaveCount(5)
  await bars.nth(3).click() // statuses in contract order: not_started, in_progress, completed, delayed, cancelled
  await expect(page).toHaveURL(/\/tasks\?status=delayed$/)
  await expect(page.getByRole('checkbox', { name: /^Delayed/ })).toBeChecked()
})

test('the data table is reachable by keyboard and its links open the filtered list', async ({ page }) => {
  await openOverview(page)
  const figure = page.getByRole('figure', { name: 'Activities by status' })
  await figure.getByRole('button', { name: 'Show data table' }).focus()
  await page.keyboard.press('Enter')
  const link = figure.getByRole('table').getByRole('link', { name: 'Completed' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/tasks\?status=completed$/)
})

test('"Download PNG" produces a valid PNG file', async ({ page }) => {
  await openOverview(page)
  const figure = page.getByRole('figure', { name: 'Activities by status' })
  await figure.scrollIntoViewIfNeeded()
  await expect(figure.locator('.chart-bar').first()).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await figure.getByRole('button', { name: 'Download PNG' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('activities-by-status.png')
  const bytes = await readFile((await download.path()) as string)
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(400) // IHDR width, drawn at twice the on-screen size
})

test('the headline figures are there before any chart code has loaded', async ({ page }) => {
  let releaseCharts: () => void = () => undefined
  const chartsHeld = new Promise<void>((resolve) => (releaseCharts = resolve))
  await page.route(/\/assets\/(status-bar-chart|stacked-status-chart|deadlines-chart)-.*\.js$/, async (route) => {
    await chartsHeld
    await route.continue()
  })
  await openOverview(page)
  await page.locator('.chart-frame__plot').first().scrollIntoViewIfNeeded()
  await expect(page.locator('.chart-surface')).toHaveCount(0)
  const plotBox = await page.locator('.chart-frame__plot').first().boundingBox()
  releaseCharts()
  await expect(page.locator('.chart-surface').first()).toBeVisible()
  expect(await page.locator('.chart-frame__plot').first().boundingBox()).toEqual(plotBox) // no layout shift
})

test('charts below the fold wait until the reader comes near them, and print all the same', async ({ page }) => {
  await openOverview(page)
  const deadlines = page.getByRole('figure', { name: 'Deadlines by quarter' })
  await expect(deadlines.getByRole('button', { name: 'Show data table' })).toBeEnabled()
  await expect(deadlines.locator('.chart-surface')).toHaveCount(0)
  await page.emulateMedia({ media: 'print' })
  await expect(deadlines.locator('.chart-surface').first()).toBeAttached()
})

test('prints on A4 landscape without the navigation', async ({ page }) => {
  await openOverview(page)
  await page.getByRole('figure', { name: 'Activities by status' }).scrollIntoViewIfNeeded()
  await expect(page.locator('.chart-surface').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('table', { name: 'Activities by status' })).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true })
  const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'))
  expect(Number(mediaBox?.[1])).toBeGreaterThan(Number(mediaBox?.[2])) // wider than tall
})

test('needs attention links to all of a group: the list opens filtered to the same count', async ({ page }) => {
  await openOverview(page)
  const group = page.getByRole('region', { name: /^Overdue and delayed activities/ })
  const all = group.getByRole('link', { name: /^All \d+ overdue or delayed activities$/ })
  const count = Number(/\d+/.exec((await all.textContent()) ?? '')?.[0])
  await all.click()
  await expect(page).toHaveURL(/\/tasks\?attention=late$/)
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
    new RegExp(`^Showing ${count} of \\d+ activities$`),
  )
  await expect(page.getByRole('checkbox', { name: 'Overdue or delayed' })).toBeChecked()
})
