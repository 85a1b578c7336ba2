import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import { expect, test } from '@playwright/test'
import { formulaTexts, injectFormulaText } from './formula-text'

test('changes since a date, with a summary and a safe CSV export', async ({ page }) => {
  await page.goto('/changes?lang=en')
  await expect(page.getByRole('heading', { level: 1, name: /^What changed since/ })).toBeVisible()
  // The heading is in the prerendered HTML; the page answers clicks once its data is here.
  await expect(page.getByRole('status').filter({ hasText: /updated\)/ })).toBeVisible()
  await page.getByRole('button', { name: 'Since the start of the quarter' }).click()
  await expect(page).toHaveURL(/since=\d{4}-\d{2}-01/)
  await expect(page.getByRole('status').filter({ hasText: /updated\)/ })).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const bytes = await readFile((await (await downloadPromise).path()) as string)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(bytes.toString('utf8')).toMatch(/^\uFEFFTime,Code,Activity,Status before,Status after/)
})

test('the changes CSV writes notes and titles that look like formulas as text, also over several lines', async ({
  page,
}) => {
  await injectFormulaText(page)
  await page.goto('/changes?lang=en&since=2020-01-01')
  await expect(page.getByRole('status').filter({ hasText: /updated\)/ })).toBeVisible()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const text = (await readFile((await (await downloadPromise).path()) as string, 'utf8')).slice(1)
  const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data
  const notes = rows.map((row) => row[header.indexOf('Note')])
  for (const hostile of formulaTexts) expect(notes).toContain(`'${hostile}`)
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/)
})
