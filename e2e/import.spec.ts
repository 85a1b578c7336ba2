// The plan as a spreadsheet, end to end (issue 14): the secretariat downloads the template, fills two activities in a
// workbook made here with exceljs, picks it with the browser's file chooser, checks, applies and finds them in the
// plan; the activities list exports to Excel; the current plan downloaded first, imported back with "Remove missing
// rows", leaves the plan as the other specs expect it.
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { secretariat } from './accounts'

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/?lang=en')
  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

/** Clicks what starts a download and keeps the file under the test's output folder. */
async function download(page: Page, start: () => Promise<void>, path: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), start()])
  await file.saveAs(path)
  return file
}

/** Picks `path` through the browser's file chooser, checks it, and waits for the check's result. */
async function check(page: Page, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Workbook (.xlsx)').click()])
  await chooser.setFiles(path)
  await page.getByRole('button', { name: 'Check the file' }).click()
  return page.getByRole('region', { name: "3. The check's result" })
}

/** Row 1 holds each column's key: the key → column number map of a sheet. */
function columnsOf(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, column) => columns.set(String(cell.value), column))
  return columns
}

const newActivities = [
  { code: '1.91', title: 'E2E: teacher mentoring pilot', due: new Date(Date.UTC(2027, 5, 30)) },
  { code: '1.92', title: 'E2E: school library census', due: new Date(Date.UTC(2027, 11, 15)) },
]

/**
 * The two new activities replace the template's example activity, as a person filling it would; the example
 * indicator, target and actual go too (they refer to organisations the template does not list). The example
 * organisation stays: the new activities belong to it.
 */
async function fillTemplate(templatePath: string, filledPath: string) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(templatePath)
  const activities = workbook.getWorksheet('Activities')!
  const organisations = workbook.getWorksheet('Organisations')!
  for (const name of ['Indicators', 'Targets', 'Actuals']) workbook.getWorksheet(name)!.spliceRows(3, 1)
  const owner = String(organisations.getRow(3).getCell(columnsOf(organisations).get('id')!).value)
  const column = columnsOf(activities)
  activities.spliceRows(3, 1)
  newActivities.forEach((activity, index) => {
    const row = activities.getRow(3 + index)
    const set = (key: string, value: ExcelJS.CellValue) => (row.getCell(column.get(key)!).value = value)
    set('code', activity.code)
    set('title_en', activity.title)
    set('title_ru', activity.title)
    set('title_kk', activity.title)
    set('status', 'not_started')
    set('progress', 0)
    set('owner', owner)
    set('sdg_targets', '4.c')
    set('start_date', new Date(Date.UTC(2026, 8, 1)))
    set('due_date', activity.due)
    row.commit()
  })
  await workbook.xlsx.writeFile(filledPath)
}

test('the secretariat imports two activities from the template, sees them, exports them and restores the plan', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  await signIn(page, secretariat)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import the plan from Excel' })).toBeVisible()

  const currentPath = testInfo.outputPath('current-plan.xlsx')
  const templatePath = testInfo.outputPath('template.xlsx')
  const filledPath = testInfo.outputPath('filled.xlsx')
  await download(page, () => page.getByRole('link', { name: 'Download the current plan' }).click(), currentPath)
  const template = await download(
    page,
    () => page.getByRole('link', { name: /^Empty template — English$/ }).click(),
    templatePath,
  )
  expect(template.suggestedFilename()).toBe('sdg4-plan-template-en.xlsx')
  await fillTemplate(templatePath, filledPath)

  const preview = await check(page, filledPath)
  await expect(preview.getByRole('table', { name: 'Added rows: 2' })).toContainText(newActivities[0]!.title)
  await expect(preview.getByText('Errors: 0.', { exact: false })).toBeVisible()
  // What the template leaves out stays in the plan unless "Remove missing rows" is ticked, and it is not.
  await expect(preview.getByRole('checkbox', { name: /^Remove missing rows/ })).not.toBeChecked()
  await preview.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'The plan has been updated' })).toBeFocused()
  await expect(page.getByText('Added: 2. Changed: 0. Removed: 0.')).toBeVisible()

  await page.getByRole('link', { name: 'See the overview' }).click()
  await expect(page.getByRole('link', { name: /— Total activities$/ })).toBeVisible()
  await page.goto('/tasks?q=E2E%3A&lang=en')
  for (const activity of newActivities) await expect(page.getByRole('link', { name: activity.title })).toBeVisible()

  // Export to Excel from a filtered view, in Russian, and read the file back.
  await page.goto('/tasks?status=not_started&q=E2E%3A&lang=ru')
  await expect(page.getByRole('status').filter({ hasText: /^Показано 2 из/ })).toBeVisible()
  const exportPath = testInfo.outputPath('export.xlsx')
  const exported = await download(page, () => page.getByRole('button', { name: 'Экспорт в Excel' }).click(), exportPath)
  expect(exported.suggestedFilename()).toMatch(/^мероприятия_\d{4}-\d{2}-\d{2}_status-not_started_q-E2E-\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(exportPath)
  const sheet = book.worksheets[0]!
  expect(sheet.getRow(1).getCell(2).value).toBe('Мероприятие')
  expect(sheet.rowCount).toBe(3)
  expect([2, 3].map((row) => sheet.getRow(row).getCell(1).value).sort()).toEqual(newActivities.map((a) => a.code))
  expect(sheet.getRow(2).getCell(5).value).toBe('Не начато')
  expect(sheet.getRow(2).getCell(8).value).toBeInstanceOf(Date)
  expect(sheet.autoFilter).toBe('A1:K1')

  // The plan as it was: the current plan downloaded first, with the rows it does not have removed.
  await page.goto('/import?lang=en')
  const restore = await check(page, currentPath)
  await expect(restore.getByRole('table', { name: 'In the plan but not in the workbook: 2' })).toBeVisible()
  await restore.getByRole('checkbox', { name: /^Remove missing rows/ }).check()
  await restore.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText('Added: 0. Changed: 0. Removed: 2.')).toBeVisible()
})
