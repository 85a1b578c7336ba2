import { expect, test } from '@playwright/test'

// The server's HTML carries the screen itself (docs/decisions/0015-prerendered-shell.md): with scripting off, what
// is seen can only have come from the prerendered shell.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('/tasks?lang=ru shows the Russian heading and navigation', async ({ page }) => {
    await page.goto('/tasks?lang=ru')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page).toHaveTitle(/^Мероприятия — /)
    await expect(page.getByRole('heading', { level: 1, name: 'Мероприятия' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Основное меню' })
    await expect(nav.getByRole('link')).toHaveText([
      'Обзор',
      'Мероприятия',
      'Индикаторы',
      'Исполнители',
      'Изменения',
      'Презентация',
    ])
    await expect(nav.getByRole('link', { name: 'Мероприятия' })).toHaveAttribute('aria-current', 'page')
  })

  test('/indicators follows the browser language (English here) and shows the data still loading', async ({ page }) => {
    await page.goto('/indicators')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'Outcome indicators' })).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('status').filter({ hasText: 'Loading' }).first()).toBeAttached()
  })

  test("the plan's title is in the page before any script runs, in the reader's language", async ({ page }) => {
    await page.goto('/tasks?lang=ru')
    await expect(page.locator('.plan-banner__title')).toHaveText(
      'План действий Национального комитета по образованию в рамках ЦУР 4 на 2023–2029 годы',
    )
    // How fresh the data is waits for the app's own request: the shell does not pretend to know.
    await expect(page.getByRole('status').filter({ hasText: 'Загрузка плана' })).toBeAttached()
  })

  test('a language chosen in the app is remembered by the server too', async ({ page, context }) => {
    await context.addCookies([{ name: 'sdg4.language', value: 'kk', url: 'http://127.0.0.1:4173' }])
    await page.goto('/indicators')
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    await expect(page.getByRole('heading', { level: 1, name: 'Нысаналы индикаторлар' })).toBeVisible()
  })
})

test('choosing a language sets the cookie the server reads for the next first page', async ({ page, context }) => {
  await page.goto('/tasks?lang=en')
  await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru')
  await expect(page.getByRole('heading', { level: 1, name: 'Мероприятия' })).toBeVisible()
  const cookie = (await context.cookies()).find((c) => c.name === 'sdg4.language')
  expect(cookie).toMatchObject({ value: 'ru', sameSite: 'Lax', httpOnly: false })
  expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 60 * 60)
})

test('the app replaces the shell without a second request for the preloaded data', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) requests.push(new URL(request.url()).pathname)
  })
  const preloadWarnings: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('preload')) preloadWarnings.push(message.text())
  })
  await page.goto('/tasks?lang=en')
  await expect(page.getByRole('table')).toBeVisible()
  // The shell's heading is gone and React's is there: exactly one h1.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  for (const path of ['/api/v1/plan', '/api/v1/tasks', '/api/v1/owners']) {
    expect(
      requests.filter((r) => r === path),
      path,
    ).toHaveLength(1)
  }
  expect(preloadWarnings).toEqual([])
})
