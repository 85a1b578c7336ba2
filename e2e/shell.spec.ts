import { expect, test } from '@playwright/test'

const shellIn = {
  kk: {
    heading: 'Шолу',
    asOf: / жағдай бойынша$/,
    nav: 'Негізгі мәзір',
    language: 'Тіл',
    links: ['Шолу', 'Іс-шаралар', 'Индикаторлар', 'Орындаушылар', 'Өзгерістер', 'Презентация'],
  },
  ru: {
    heading: 'Обзор',
    asOf: /^По состоянию на /,
    nav: 'Основное меню',
    language: 'Язык',
    links: ['Обзор', 'Мероприятия', 'Индикаторы', 'Исполнители', 'Изменения', 'Презентация'],
  },
  en: {
    heading: 'Overview',
    asOf: /^Data as of /,
    nav: 'Main',
    language: 'Language',
    links: ['Overview', 'Activities', 'Indicators', 'Organisations', 'Changes', 'Presentation'],
  },
} as const

for (const [lang, shell] of Object.entries(shellIn)) {
  test(`the shell renders in ${lang}`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`)
    await expect(page.getByRole('heading', { level: 1, name: shell.heading })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const nav = page.getByRole('navigation', { name: shell.nav })
    await expect(nav.getByRole('link')).toHaveText([...shell.links])
    await expect(page.getByRole('combobox', { name: shell.language })).toHaveValue(lang)
    await expect(page.getByText(shell.asOf)).toBeVisible()
  })
}

test('the keyboard alone reaches the skip link, the language switcher and every navigation link', async ({ page }) => {
  await page.goto('/?lang=en')
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  // The app runs (the shell's controls are disabled until it does): a link pressed before that is a plain page load.
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeEnabled()
  const reached: string[] = []
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    reached.push(
      await page.evaluate(
        () =>
          document.activeElement?.textContent?.trim() ||
          document.activeElement?.getAttribute('aria-label') ||
          document.activeElement?.tagName ||
          '',
      ),
    )
  }
  expect(reached[0]).toBe('Skip to main content')
  for (const name of ['Overview', 'Activities', 'Indicators', 'Organisations', 'Changes', 'Presentation']) {
    expect(reached).toContain(name)
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indicators' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Outcome indicators' })).toBeFocused()
  await expect(page).toHaveTitle('Outcome indicators — SDG 4 Action Plan')
})

test('the skip link moves focus into the main content', async ({ page }) => {
  await page.goto('/?lang=en')
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()
})

test('a deep link survives a reload, language included', async ({ page }) => {
  await page.goto('/indicators?lang=ru')
  await expect(page.getByRole('heading', { level: 1, name: 'Целевые индикаторы' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Целевые индикаторы' })).toBeVisible()
  await expect(page).toHaveURL(/\/indicators\?lang=ru$/)
})

test('the chosen language is remembered between visits', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('kk')
  await expect(page.getByRole('heading', { level: 1, name: 'Шолу' })).toBeVisible()
  await page.goto('/owners')
  await expect(page.getByRole('heading', { level: 1, name: 'Жауапты орындаушылар' })).toBeVisible()
})

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/this/does/not/exist?lang=en')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the overview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
})

test('an API failure shows an alert, and Retry recovers once the API is back', async ({ page }) => {
  let failing = true
  await page.route('**/api/v1/plan', (route) =>
    failing
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: '{"error":{"code":"unavailable","message":"Maintenance"}}',
        })
      : route.fallback(),
  )
  await page.goto('/?lang=en')
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the action plan.' })
  await expect(alert).toBeVisible({ timeout: 15_000 })
  await expect(alert).toContainText('503')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  failing = false
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByText(/^Action plan of the National Education Committee/)).toBeVisible()
  await expect(alert).toBeHidden()
})

test('the production build ships no mock service worker', async ({ request }) => {
  const response = await request.get('/mockServiceWorker.js')
  const body = await response.text()
  expect(body).not.toContain('Mock Service Worker')
})
