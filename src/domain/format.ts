// Dates, numbers and percentages in the interface language's conventions (Intl, with Kazakhstan's locales).
import { intlLocales, type Language } from '../i18n/languages'

/** A contract `date` (YYYY-MM-DD) is a calendar day, not an instant: read it as local midnight. */
export function parseIsoDate(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return new Date(year, month - 1, day)
}

// ICU's "medium" Kazakh date reads "2028 M09 11", which nobody writes; Kazakh documents use 11.09.2028.
const dateOptions: Record<Language, Intl.DateTimeFormatOptions> = {
  kk: { day: '2-digit', month: '2-digit', year: 'numeric' },
  ru: { dateStyle: 'medium' },
  en: { dateStyle: 'medium' },
}
const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' }

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocales[language], dateOptions[language]).format(parseIsoDate(iso))
}

export function formatDateTime(timestamp: string, language: Language): string {
  const date = new Date(timestamp)
  const day = new Intl.DateTimeFormat(intlLocales[language], dateOptions[language]).format(date)
  return `${day}, ${new Intl.DateTimeFormat(intlLocales[language], timeOptions).format(date)}`
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocales[language], { maximumFractionDigits }).format(value)
}

/** `value` is a percentage (0–100), as the contract's `progress` and `percent` indicators carry it. */
export function formatPercent(value: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocales[language], { style: 'percent', maximumFractionDigits }).format(value / 100)
}
