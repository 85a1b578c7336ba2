import { afterEach, describe, expect, it } from 'vitest'
import { setDocumentLanguage } from './languages'

/** The attribute changes `setDocumentLanguage(next)` makes on `<html>` when its `lang` is `before`. */
async function langChanges(before: string, next: 'kk' | 'ru' | 'en'): Promise<(string | null)[]> {
  document.documentElement.lang = before
  const seen: (string | null)[] = []
  const observer = new MutationObserver((records) => {
    for (const record of records) seen.push(document.documentElement.getAttribute(record.attributeName ?? ''))
  })
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
  setDocumentLanguage(next)
  await Promise.resolve()
  observer.disconnect()
  return seen
}

describe('setDocumentLanguage', () => {
  afterEach(() => {
    document.documentElement.lang = 'en'
  })

  it.each([
    { before: 'en', next: 'en', changes: [] },
    { before: 'kk', next: 'kk', changes: [] },
    { before: 'en', next: 'kk', changes: ['kk'] },
    { before: '', next: 'ru', changes: ['ru'] },
  ] as const)('lang "$before" → $next makes changes $changes', async ({ before, next, changes }) => {
    expect(await langChanges(before, next)).toEqual(changes)
  })
})
