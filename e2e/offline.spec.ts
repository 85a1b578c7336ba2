import { expect, test, type Page } from '@playwright/test'
import { reporter } from './accounts'

// The other specs block service workers (playwright.config.ts); this one is about them.
test.use({ serviceWorkers: 'allow' })

interface KeptQuery {
  queryKey: unknown[]
  state: { dataUpdatedAt: number }
}

/**
 * The queries kept in this browser's IndexedDB (src/api/kept-data.ts: JSON in a Blob), or `null` when nothing is
 * kept.
 */
async function keptQueries(page: Page): Promise<KeptQuery[] | null> {
  return page.evaluate(async () => {
    const saved = await new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('keyval-store')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const read = open.result.transaction('keyval').objectStore('keyval').get('sdg4-kept-data')
        read.onerror = () => reject(read.error)
        read.onsuccess = () => resolve(read.result)
      }
    })
    if (saved === undefined) return null
    const text = saved instanceof Blob ? await saved.text() : (saved as string)
    return (JSON.parse(text) as { clientState: { queries: KeptQuery[] } }).clientState.queries
  })
}

const roots = (queries: KeptQuery[] | null) => (queries ?? []).map((query) => String(query.queryKey[0]))

/** Opens `/` with the network, and waits until the worker controls the page and the data is kept. */
async function openOnce(page: Page) {
  await page.goto('/?lang=en')
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  // The first visit is not controlled by a worker installed during it; the next load is.
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await expect(page.getByText(/^Action plan of the National Education Committee/)).toBeVisible()
  await expect.poll(async () => roots(await keptQueries(page))).toEqual(expect.arrayContaining(['plan', 'tasks']))
}

const banner = (page: Page) => page.getByRole('status').filter({ hasText: /^Offline — showing data as of / })

test('opened once with the network, the dashboard opens again without one, with a banner that goes', async ({
  page,
  context,
}) => {
  await openOnce(page)

  await context.setOffline(true)
  await page.reload()
  await expect(banner(page)).toBeVisible()
  await expect(banner(page)).toHaveText(/^Offline — showing data as of \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.getByText(/^Action plan of the National Education Committee/)).toBeVisible()

  await page.goto('/tasks?lang=en&status=delayed')
  await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Showing [1-9]\d* of \d+ activities$/ })).toBeVisible()
  await expect(banner(page)).toBeVisible()

  await page.goto('/present?lang=en&status=delayed')
  await expect(page.getByRole('status').filter({ hasText: /^Slide 1 \/ \d+$/ })).toBeVisible()
  await expect(banner(page)).toBeVisible()
  // The banner takes its line from the deck, not from the controls under it.
  await expect(page.getByRole('button', { name: 'Exit (Esc)' })).toBeInViewport({ ratio: 1 })

  // An action that needs the server says so instead of failing.
  await page.goto('/sign-in?lang=en')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveAccessibleDescription(/^Needs a connection/)

  await context.setOffline(false)
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled()
  await page.goto('/?lang=en')
  await expect(page.getByText(/^Action plan of the National Education Committee/)).toBeVisible()
  await context.setOffline(true)
  await expect(banner(page)).toBeVisible()
  await context.setOffline(false)
  await expect(banner(page)).toBeHidden()
})

test('"Keep for the meeting" says when the deck is ready, and the deck then works with the cable pulled', async ({
  page,
  context,
}) => {
  await openOnce(page)
  await page.goto('/present?lang=en&status=delayed')
  await page.getByRole('button', { name: 'Keep for the meeting' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Ready for the meeting — works without network.' }),
  ).toBeVisible({ timeout: 20_000 })
  const kept = roots(await keptQueries(page))
  expect(kept).toEqual(expect.arrayContaining(['plan', 'tasks', 'owners', 'indicators']))
  expect(kept).not.toContain('session')

  await context.setOffline(true)
  await page.reload()
  const counter = page.getByRole('status').filter({ hasText: /^Slide \d+ \/ \d+$/ })
  await expect(counter).toHaveText(/^Slide 1 \/ (\d+)$/)
  const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')?.[1])
  for (let slide = 2; slide <= total; slide++) {
    await page.keyboard.press('ArrowRight')
    await expect(counter).toHaveText(`Slide ${slide} / ${total}`)
  }
  await expect(page.getByRole('button', { name: 'Keep for the meeting' })).toBeDisabled()
})

test('signing out deletes what was kept while signed in; the session itself is never kept', async ({ page }) => {
  await openOnce(page)
  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByLabel('Email').fill(reporter.email)
  await page.getByLabel('Password').fill(reporter.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await page.goto('/tasks?lang=en')
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toBeVisible()
  await expect.poll(async () => roots(await keptQueries(page))).toEqual(expect.arrayContaining(['tasks']))
  expect(roots(await keptQueries(page))).not.toEqual(expect.arrayContaining(['session']))
  expect(roots(await keptQueries(page))).not.toEqual(expect.arrayContaining(['reports']))

  const signedOutAt = await page.evaluate(() => Date.now())
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  // Whatever is kept now was fetched after signing out, as a visitor: nothing from the signed-in session is left.
  await expect
    .poll(async () => (await keptQueries(page))?.filter((query) => query.state.dataUpdatedAt < signedOutAt) ?? [])
    .toEqual([])
})
