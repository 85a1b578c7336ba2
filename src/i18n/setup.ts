import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type en from './locales/en.json'
import type { Language } from './languages'

export type Catalog = typeof en

/** Each language's catalog is its own chunk: a visitor downloads only the language they read. */
export async function loadCatalog(language: Language): Promise<Catalog> {
  const catalogs = {
    kk: () => import('./locales/kk.json'),
    ru: () => import('./locales/ru.json'),
    en: () => import('./locales/en.json'),
  }
  return (await catalogs[language]()).default
}

/** A fresh i18next instance (the app makes one; every test makes its own) with the catalogs given. */
export function createI18n(language: Language, catalogs: Partial<Record<Language, Catalog>>): i18n {
  const instance = i18next.createInstance()
  const resources = Object.fromEntries(
    Object.entries(catalogs).map(([lang, catalog]) => [lang, { translation: catalog }]),
  )
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: ['kk', 'ru', 'en'],
    resources,
    initAsync: false,
    // React escapes what it renders, so i18next must not escape a second time.
    interpolation: { escapeValue: false },
  })
  return instance
}

/** Loads the language's catalog if this instance does not have it yet, then switches to it. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadCatalog(language))
  }
  await instance.changeLanguage(language)
}
