import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'
import kk from './locales/kk.json'
import ru from './locales/ru.json'
import { type Language } from './languages'

export const resources = { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } } as const

/** A fresh i18next instance (the app makes one; every test makes its own). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance()
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
