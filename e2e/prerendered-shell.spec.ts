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

  test("the presentation's title slide shows the plan's title before any script runs", async ({ page }) => {
    await page.goto('/present?lang=ru')
    await expect(page.locator('.slide-title__plan')).toHaveText(
      'План действий Национального комитета по образованию в рамках ЦУР 4 на 2023–2029 годы',
    )
  })

  test("the shell's controls take no input that the app would lose; its links still work", async ({ page }) => {
    await page.goto('/tasks?lang=en')
    const search = page.getByRole('searchbox', { name: 'Search' })
    const delayed = page.getByRole('checkbox', { name: /^Delayed/ })
    for (const control of [
      search,
      delayed,
      page.getByRole('combobox', { name: 'Language' }),
      ...(await page.getByRole('button').all()),
    ]) {
      await expect(control).toBeDisabled()
    }
    // A click and typing as a person would try them, past Playwright's own wait for an enabled control.
    await search.click({ force: true })
    await page.keyboard.type('literacy')
    await expect(search).toHaveValue('')
    await delayed.click({ force: true })
    await page.getByText(/^Delayed \(/).click({ force: true })
    await expect(delayed).not.toBeChecked()
    // The disclosure of a several-of-many filter would open by itself: it does not, and keeps its box's size.
    const organisations = page.locator('details').filter({ hasText: 'Responsible organisation' }).first()
    const closed = await organisations.boundingBox()
    await organisations.locator('summary').click({ force: true })
    await expect(organisations).not.toHaveAttribute('open')
    expect(await organisations.boundingBox()).toEqual(closed)
    // The keyboard reaches only the links.
    const reached = new Set<string>()
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab')
      reached.add(await page.evaluate(() => document.activeElement?.tagName ?? ''))
    }
    expect([...reached].filter((tag) => tag !== 'A' && tag !== 'BODY')).toEqual([])

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).click()
    await expect(page).toHaveURL(/\/indicators$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Outcome indicators' })).toBeVisible()
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

test('once the app runs, the controls the shell showed disabled take input', async ({ page }) => {
  await page.goto('/tasks?lang=en')
  await expect(page.getByRole('table')).toBeVisible()
  await expect(page.locator('.prerendered-screen')).toHaveCount(0)
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill('literacy')
  await expect(search).toHaveValue('literacy')
  await page.getByRole('checkbox', { name: /^Delayed/ }).check()
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeEnabled()
  const organisations = page.locator('details').filter({ hasText: 'Responsible organisation' }).first()
  await organisations.locator('summary').click()
  await expect(organisations).toHaveAttribute('open')
})

test("with its chunk at hand, the first render draws the screen itself, never the shell's nodes as its fallback", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const probe = window as unknown as { fallbacks: number }
    probe.fallbacks = 0
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (
            node instanceof Element &&
            (node.matches('[data-screen-pending]') || node.querySelector('[data-screen-pending]'))
          )
            probe.fallbacks += 1
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('/?lang=en')
  await expect(page.getByRole('link', { name: /^\d+ — Total activities$/ })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { fallbacks: number }).fallbacks)).toBe(0)
})

test("until the screen's chunk is here, the screen is the shell's own nodes, still disabled, and never blank", async ({
  page,
}) => {
  // Before any of the page's scripts: tag the heading the HTML parser makes, and count the frames without a heading.
  await page.addInitScript(() => {
    const probe = window as unknown as { framesWithoutHeading: number; shellHeading?: Element }
    probe.framesWithoutHeading = 0
    new MutationObserver((_records, observer) => {
      const heading = document.querySelector('main h1')
      if (!heading) return
      probe.shellHeading = heading
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
    const frame = () => {
      if (probe.shellHeading && !document.querySelector('main h1')) probe.framesWithoutHeading += 1
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/tasks-page-[\w-]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  await page.goto('/tasks?lang=en')

  // The app runs (its header is live) while its screen is still the shell's markup, moved, not parsed again.
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeEnabled()
  const kept = page.locator('main > .prerendered-screen[aria-busy="true"]')
  await expect(kept.getByRole('searchbox', { name: 'Search' })).toBeDisabled()
  expect(
    await page.evaluate(() => {
      const probe = window as unknown as { shellHeading?: Element }
      return probe.shellHeading === document.querySelector('main > .prerendered-screen h1')
    }),
  ).toBe(true)

  release()
  await expect(page.getByRole('table')).toBeVisible()
  await expect(kept).toHaveCount(0)
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeEnabled()
  expect(await page.evaluate(() => (window as unknown as { framesWithoutHeading: number }).framesWithoutHeading)).toBe(
    0,
  )
})
