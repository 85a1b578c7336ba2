import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

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
  '/no-such-page',
]

for (const lang of ['kk', 'ru', 'en']) {
  for (const route of routes) {
    test(`axe finds no violations on ${route} in ${lang}`, async ({ page }) => {
      await page.goto(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0, { timeout: 10_000 })
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }
}
