import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { reporter, secretariat } from './accounts'

const routes = [
  '/',
  '/tasks',
  '/tasks/t-001',
  '/tasks/no-such-activity',
  '/indicators',
  '/indicators/ind-4-1-1-read',
  '/owners',
  '/owners/moe',
  '/changes',
  '/statuses',
  '/present',
  '/sign-in',
  '/reviews',
  '/import',
  '/no-such-page',
]

async function expectNoViolations(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Charts are drawn when they come near the viewport: scroll through the page so that axe sees every one of them,
  // again until none is left (the heading comes with the prerendered HTML, before the data makes the page long).
  await expect(async () => {
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y)
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)))
      }
      window.scrollTo(0, 0)
    })
    await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0, { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Signs the page's browser context in through the API: the session cookie then goes with every page request. */
async function signInAs(page: Page, account: { email: string; password: string }) {
  const response = await page.request.post('/api/v1/session', { data: account })
  expect(response.status()).toBe(200)
}

for (const lang of ['kk', 'ru', 'en']) {
  for (const route of routes) {
    test(`axe finds no violations on ${route} in ${lang}`, async ({ page }) => {
      await page.goto(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`)
      await expectNoViolations(page)
    })
  }

  test(`axe finds no violations in the reporting forms and the review queue in ${lang}`, async ({ page }) => {
    // An activity of the reporter's organisation that is not started (the reporting test uses one in progress).
    const tasks = (await (await page.request.get('/api/v1/tasks')).json()) as {
      items: { id: string; ownerId: string; status: string; updatedAt: string }[]
    }
    const task = tasks.items.find((t) => t.ownerId === reporter.owner && t.status === 'not_started')
    if (!task) throw new Error('the sample plan needs a not-started activity of the reporter’s organisation')
    await signInAs(page, reporter)
    await page.goto(`/tasks/${task.id}?lang=${lang}`)
    await expect(page.getByRole('spinbutton')).toBeVisible() // the report form, whatever the language
    await expectNoViolations(page)
    const current = (await (await page.request.get(`/api/v1/tasks/${task.id}`)).json()) as { updatedAt: string }
    const submitted = await page.request.post(`/api/v1/tasks/${task.id}/reports`, {
      data: { status: 'in_progress', progress: 5, note: { [lang]: 'Work has begun.' }, basedOn: current.updatedAt },
    })
    expect(submitted.status()).toBe(201)
    await signInAs(page, secretariat)
    await page.goto(`/reviews?lang=${lang}`)
    await expect(page.getByRole('article').first()).toBeVisible()
    await expectNoViolations(page)
  })

  test(`axe finds no violations in the import preview, with errors and changes, in ${lang}`, async ({ page }) => {
    await signInAs(page, secretariat)
    // The current plan with one title changed and one status no list knows: a preview with both. Never applied.
    const workbook = new ExcelJS.Workbook()
    const plan = await (await page.request.get(`/api/v1/plan.xlsx?lang=${lang}`)).body()
    await workbook.xlsx.load(new Uint8Array(plan).buffer)
    const activities = workbook.getWorksheet('Activities')!
    const keys = new Map<string, number>()
    activities.getRow(1).eachCell((cell, number) => keys.set(String(cell.value), number))
    const column = (key: string) => keys.get(key)!
    activities.getRow(3).getCell(column(`title_${lang}`)).value = 'Changed in the accessibility test'
    activities.getRow(4).getCell(column('status')).value = 'finished'
    await page.goto(`/import?lang=${lang}`)
    await page.locator('input[type=file]').setInputFiles({
      name: 'plan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    })
    await page.locator('form button[type=submit]').click()
    await expect(page.locator('#import-errors')).toBeFocused()
    await expectNoViolations(page)
  })
}
