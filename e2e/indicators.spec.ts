import { expect, test } from '@playwright/test'

test('the indicator chart draws actuals against the target trajectory', async ({ page }) => {
  await page.goto('/indicators?lang=en')
  await page.getByRole('table').first().getByRole('link').first().click()
  const figure = page.getByRole('figure', { name: 'Actual values against the target trajectory' })
  await figure.scrollIntoViewIfNeeded()
  await expect(figure.locator('.chart-line').first()).toBeVisible()
  // Both series drew their marks: square targets, round actuals.
  expect(await figure.locator('.chart-series--target rect').count()).toBeGreaterThan(1)
  expect(await figure.locator('.chart-series--actual circle').count()).toBeGreaterThan(0)
  await expect(page.getByRole('heading', { level: 2, name: 'Why this status?' })).toBeVisible()
})
