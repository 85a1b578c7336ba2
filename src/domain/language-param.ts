// The interface languages as the URL contract names them (`lang=kk|ru|en`). Pure data and parsing, so the filter
// parser and the i18n setup read `lang` the same way; their names and locales live in i18n/languages.ts.
import { singleValue, type IgnoredValue } from './url-params'

export const languageCodes = ['kk', 'ru', 'en'] as const
export type LanguageCode = (typeof languageCodes)[number]

/** The language when nothing else decides: Kazakh, the state language. */
export const defaultLanguage: LanguageCode = 'kk'

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (languageCodes as readonly string[]).includes(value)
}

/** `lang` from a link: the first valid value; the others are reported as ignored. */
export function parseLanguageParam(params: URLSearchParams, ignored: IgnoredValue[] = []): LanguageCode | undefined {
  return singleValue(params, 'lang', (value): value is LanguageCode => isLanguageCode(value), ignored)
}
