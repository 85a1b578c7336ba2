import { act, render, screen } from '@testing-library/react'
import { memo } from 'react'
import { allCatalogs } from '../test/catalogs'
import { createI18n, switchLanguage } from './setup'
import { I18nProvider, useTranslation } from './use-translation'

function LanguageLabel() {
  const { t, i18n } = useTranslation()
  return <p lang={i18n.language}>{t('language.label')}</p>
}

// A memoised consumer gets no new props from its parent: it must re-render because it asked for the words.
const MemoisedLabel = memo(LanguageLabel)

function Page() {
  return (
    <main>
      <MemoisedLabel />
    </main>
  )
}

test('switching the language re-renders the components that use the words, memoised ones too', () => {
  const i18n = createI18n('en', allCatalogs)
  render(
    <I18nProvider i18n={i18n}>
      <Page />
    </I18nProvider>,
  )
  expect(screen.getByText('Language')).toHaveAttribute('lang', 'en')

  act(() => i18n.changeLanguage('ru'))
  expect(screen.getByText('Язык')).toHaveAttribute('lang', 'ru')
  act(() => i18n.changeLanguage('kk'))
  expect(screen.getByText('Тіл')).toHaveAttribute('lang', 'kk')
})

test('switchLanguage loads a catalog the instance does not have yet, then shows it', async () => {
  const i18n = createI18n('en', { en: allCatalogs.en })
  render(
    <I18nProvider i18n={i18n}>
      <LanguageLabel />
    </I18nProvider>,
  )
  expect(i18n.hasCatalog('ru')).toBe(false)

  await act(() => switchLanguage(i18n, 'ru'))
  expect(screen.getByText('Язык')).toBeInTheDocument()
  expect(i18n.hasCatalog('ru')).toBe(true)
})

test('of two quick choices the last one wins, even when the first catalog arrives later', async () => {
  const i18n = createI18n('en', { en: allCatalogs.en, ru: allCatalogs.ru })
  render(
    <I18nProvider i18n={i18n}>
      <LanguageLabel />
    </I18nProvider>,
  )
  await act(async () => {
    const kazakh = switchLanguage(i18n, 'kk') // its catalog still has to load
    const russian = switchLanguage(i18n, 'ru')
    await Promise.all([kazakh, russian])
  })
  expect(screen.getByText('Язык')).toBeInTheDocument()
  expect(i18n.language).toBe('ru')
})

test('a language without its catalog shows keys, as i18next did', () => {
  const t = createI18n('kk', { en: allCatalogs.en }).t
  expect(t('language.label')).toBe('language.label')
})

test('useTranslation outside the provider says what is missing', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => render(<LanguageLabel />)).toThrow(/I18nProvider/)
})
