// Dates, numbers and percentages in the interface language's conventions (Intl, with Kazakhstan's locales).
import { intlLocales, type Language } from './languages'

/** A contract `date` (YYYY-MM-DD) is a calendar day, not an instant: read it as local midnight. */
export function parseIsoDate(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return new Date(year, month - 1, day)
}

const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }

// Making an Intl formatter costs far more than using one (a table of 60 activities spent 270 ms making them), so each
// locale and options pair is made once and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined
  if (!formatter) {
    formatter = make()
    formatters.set(key, formatter)
  }
  return formatter
}

/** `key` names the options when the caller has a cheaper name for them than their JSON (the hot paths do). */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
  key = JSON.stringify(options),
): Intl.NumberFormat {
  return kept(`n ${locale} ${key}`, () => new Intl.NumberFormat(locale, options))
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  return kept(`d ${locale} ${key}`, () => new Intl.DateTimeFormat(locale, options))
}

// ICU's Kazakh dates vary by engine ("2028 M09 11" in Node, "2028-09-11" in Chromium) and match neither what
// Kazakh documents write, 11.09.2028; so Kazakh is written out here.
function formatDay(date: Date, language: Language): string {
  if (language === 'kk') {
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`
  }
  return dateTimeFormat(intlLocales[language], { dateStyle: 'medium' }, 'day').format(date)
}

export function formatDate(iso: string, language: Language): string {
  return formatDay(parseIsoDate(iso), language)
}

export function formatDateTime(timestamp: string, language: Language): string {
  const date = new Date(timestamp)
  return `${formatDay(date, language)}, ${dateTimeFormat(intlLocales[language], timeOptions, 'time').format(date)}`
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  return numberFormat(intlLocales[language], { maximumFractionDigits }, String(maximumFractionDigits)).format(value)
}

/** A change in a count, with its sign: +4, −2 (a true minus sign), 0. */
export function formatSignedNumber(value: number, language: Language): string {
  return numberFormat(intlLocales[language], { signDisplay: 'exceptZero', maximumFractionDigits: 1 })
    .format(value)
    .replace('-', '\u2212')
}

/**
 * A percent style for the language. Kazakhstan writes a space before the sign in Kazakh as in Russian ("51,5 %"),
 * but ICU's kk data has none ("51,5%"), so Kazakh gets the same no-break space Russian has.
 */
export function formatPercentValue(
  fraction: number,
  language: Language,
  options: Omit<Intl.NumberFormatOptions, 'style'> = {},
): string {
  const text = numberFormat(intlLocales[language], { ...options, style: 'percent' }).format(fraction)
  return language === 'kk' ? text.replace(/(\d)\s?%/, '$1\u00a0%') : text
}

/** `value` is a percentage (0–100), as the contract's `progress` and `percent` indicators carry it. */
export function formatPercent(value: number, language: Language, maximumFractionDigits = 0): string {
  return formatPercentValue(value / 100, language, { maximumFractionDigits })
}
