import {
  defaultLanguage,
  isLanguageCode,
  languageCodes,
  parseLanguageParam,
  type LanguageCode,
} from '../domain/language-param'

export const languages = languageCodes
export type Language = LanguageCode

/** Each language named in itself, as a switcher should offer it. */
export const languageNames: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' }

/** Locale tags for Intl: Kazakhstan's conventions for kk and ru; British English for dates like "6 Apr 2023". */
export const intlLocales: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }

export const storageKey = 'sdg4.language'

export const isLanguage = isLanguageCode
export { defaultLanguage }

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey)
  } catch {
    return null
  }
}

/** `?lang=` wins (a shared link carries it), then the last choice on this device, then the browser's languages. */
export function detectLanguage(search: string, browserLanguages: readonly string[] = navigator.languages): Language {
  const fromUrl = parseLanguageParam(new URLSearchParams(search))
  if (fromUrl) return fromUrl
  const stored = storedLanguage()
  if (isLanguage(stored)) return stored
  const fromBrowser = browserLanguages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage)
  return fromBrowser ?? defaultLanguage
}

/** A year: the choice outlives the visit, as the stored one does. */
const cookieMaxAge = 365 * 24 * 60 * 60

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language)
  } catch {
    // Private mode or storage disabled: the choice still holds for this visit.
  }
  // The server reads it to send the first page's HTML in this language (docs/decisions/0015-prerendered-shell.md).
  // Not HttpOnly: the app writes it; it holds nothing secret.
  if (typeof document !== 'undefined') {
    document.cookie = `${storageKey}=${language}; Path=/; Max-Age=${cookieMaxAge}; SameSite=Lax`
  }
}

/**
 * Marks the page as written in `language`, unless it already is: even an unchanged `lang` makes the browser restyle
 * the whole page (about 15 ms of the overview's first load in Lighthouse's trace).
 */
export function setDocumentLanguage(language: Language): void {
  if (document.documentElement.lang !== language) document.documentElement.lang = language
}
