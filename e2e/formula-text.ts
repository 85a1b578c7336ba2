import type { Page } from '@playwright/test'
import { formulaTexts } from '../mocks/data/formula-texts'

interface Titled {
  title?: Record<string, string>
  note?: Record<string, string>
  status?: string
}

/**
 * Serves the real API's answers with the first activities' titles (and, for /updates, the newest notes) replaced by
 * text that a spreadsheet would run as a formula, several of them over two lines: what the CSV guard must catch.
 */
export async function injectFormulaText(page: Page): Promise<void> {
  const replace = <T extends Titled>(items: T[], field: 'title' | 'note') =>
    items.map((item, index) => {
      const text = formulaTexts[index]
      return text === undefined ? item : { ...item, status: 'delayed', [field]: { kk: text, ru: text, en: text } }
    })
  await page.route(/\/api\/v1\/(tasks|updates)(\?.*)?$/, async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as { items: Titled[] }
    const field = route.request().url().includes('/updates') ? 'note' : 'title'
    await route.fulfill({ response, json: { items: replace(body.items, field) } })
  })
}

export { formulaTexts }
