// Dates, numbers and percentages in the interface language's conventions (Intl, with Kazakhstan's locales).
import { intlLocales, type Language } from '../i18n/languages'

/** A contract `date` (YYYY-MM-DD) is a calendar day, not an instant: read it as local midnight. */
export function parseIsoDate(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return new Date(year, month - 1, day)
}

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocales[language], { dateStyle: 'medium' }).format(parseIsoDate(iso))
}

export function formatDateTime(timestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(timestamp),
  )
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocales[language], { maximumFractionDigits }).format(value)
}

/** `value` is a percentage (0–100), as the contract's `progress` and `percent` indicators carry it. */
export function formatPercent(value: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocales[language], { style: 'percent', maximumFractionDigits }).format(value / 100)
}
