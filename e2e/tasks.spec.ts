import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import Papa from 'papaparse'
import { expect, test } from '@playwright/test'
import { formulaTexts, injectFormulaText } from './formula-text'

test('ticking Delayed puts status=delayed in the URL, and Back restores the full list', async ({ page }) => {
  await page.goto('/tasks?lang=en')
  const count = page.getByRole('status').filter({ hasText: /^Showing/ })
  await expect(count).toHaveText(/^Showing (\d+) of \1 activities$/)
  const all = (await count.textContent()) ?? ''

  // check() fails unless the box is ticked right after the click: the control answers in the frame of the click.
  await page.getByRole('checkbox', { name: /^Delayed \(\d+\)$/ }).check()
  await expect(page).toHaveURL(/\/tasks\?lang=en&status=delayed$/)
  await expect(count).not.toHaveText(all)
  const rows = page.getByRole('row').filter({ has: page.getByRole('cell') })
  for (const row of await rows.all()) await expect(row).toContainText('Delayed')

  await page.goBack()
  await expect(page).toHaveURL(/\/tasks\?lang=en$/)
  await expect(count).toHaveText(all)
  await expect(page.getByRole('checkbox', { name: /^Delayed/ })).not.toBeChecked()

  await page.goForward()
  await expect(page.getByRole('checkbox', { name: /^Delayed/ })).toBeChecked()
  await page.reload()
  await expect(page.getByRole('checkbox', { name: /^Delayed/ })).toBeChecked()
})

test('Export CSV downloads exactly the filtered rows, with a BOM and headers in the interface language', async ({
  page,
}) => {
  await page.goto('/tasks?lang=ru&status=delayed,in_progress&sort=-dueDate')
  const count = page.getByRole('status').filter({ hasText: /^Показано/ })
  await expect(count).toBeVisible()
  const shown = Number(/Показано (\d+)/.exec((await count.textContent()) ?? '')?.[1])
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Экспорт в CSV' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^мероприятия_\d{4}-\d{2}-\d{2}_status-delayed-in_progress\.csv$/)
  const bytes = await readFile((await download.path()) as string)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').slice(1)
  const lines = text.trimEnd().split('\r\n')
  expect(lines[0]).toMatch(/^Код,Мероприятие,Ответственный исполнитель,/)
  expect(lines).toHaveLength(shown + 1)
  expect(text).toMatch(/В работе|С задержкой/)
})

test('Export CSV writes titles that look like formulas as text, also over several lines', async ({ page }) => {
  await injectFormulaText(page)
  await page.goto('/tasks?lang=en&sort=code')
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const text = (await readFile((await (await downloadPromise).path()) as string, 'utf8')).slice(1)
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1)
  const titles = rows.map((row) => row[1])
  for (const hostile of formulaTexts) expect(titles).toContain(`'${hostile}`)
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/)
})

test('the activity page prints on A4 without the navigation', async ({ page }) => {
  await page.goto('/tasks/t-001?lang=en')
  await expect(page.getByRole('heading', { level: 2, name: 'Update history' })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
})

test('printing a long activities list prints every row of the filter, not only the rows on screen', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  // 1,200 activities (the list renders only the rows near the screen above 200): the sample plan's, repeated.
  await page.route('**/api/v1/tasks', async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as { items: { id: string; code: string }[] }
    const items = Array.from({ length: 1200 }, (_, i) => {
      const task = body.items[i % body.items.length] as { id: string; code: string }
      return { ...task, id: `${task.id}-copy-${i}`, code: `P${i + 1}` }
    })
    await route.fulfill({ response, json: { ...body, items } })
  })
  await page.goto('/tasks?lang=en&sort=-progress')
  await expect(page.getByText('Showing 1,200 of 1,200 activities')).toBeVisible()
  expect(await page.getByRole('row').count()).toBeLessThan(200)

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('row')).toHaveCount(1201)
  const file = testInfo.outputPath('tasks.pdf')
  await writeFile(file, await page.pdf({ format: 'A4' }))
  const text = execFileSync('pdftotext', [file, '-']).toString()
  for (const code of ['P1', 'P600', 'P1200']) expect(text).toMatch(new RegExp(`\\b${code}\\b`))
})

test('the latest note: its first line in the list, the whole note over the table while the row has focus', async ({
  page,
}) => {
  await page.goto('/tasks?lang=en')
  const row = page
    .getByRole('row')
    .filter({ has: page.locator('.latest-note') })
    .first()
  const full = row.locator('.latest-note__full')
  await expect(full).toBeAttached()
  const hidden = await full.boundingBox()
  expect(hidden?.width ?? 0).toBeLessThanOrEqual(1)
  await row.getByRole('link').focus()
  await expect.poll(async () => (await full.boundingBox())?.width ?? 0).toBeGreaterThan(100)
  // Escape puts it away without moving focus (WCAG 1.4.13).
  await page.keyboard.press('Escape')
  await expect.poll(async () => (await full.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1)
  await expect(row.getByRole('link')).toBeFocused()
})
