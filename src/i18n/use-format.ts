import { useMemo } from 'react'
import type { Indicator, LocalizedText } from '../api/schemas'
import { formatDate, formatDateTime, formatNumber, formatPercent, formatSignedNumber } from './format'
import { formatIndicatorValue, formatRate } from './indicator-values'
import { intlLocales, type Language } from './languages'
import { pickText, type PickedText } from './localized-text'
import { useLanguage } from './use-language'

export interface Format {
  language: Language
  /** The Intl locale of the interface language, for collators and the like. */
  locale: string
  date: (iso: string) => string
  dateTime: (timestamp: string) => string
  number: (value: number, maximumFractionDigits?: number) => string
  /** A change in a count: +4, −2, 0. */
  signedNumber: (value: number) => string
  /** `value` is 0–100. */
  percent: (value: number, maximumFractionDigits?: number) => string
  /** A signed rate of change: 0.0718 → "+7.2%". */
  rate: (rate: number) => string
  indicatorValue: (value: number, indicator: Pick<Indicator, 'unit' | 'levels'>) => string
  /** API text in the interface language, else the fallback with the language it is in. */
  text: (value: LocalizedText) => PickedText
}

/** Every formatter in one language: for React through useFormat(), for files made outside it (the PowerPoint deck). */
export function makeFormat(language: Language): Format {
  return {
    language,
    locale: intlLocales[language],
    date: (iso) => formatDate(iso, language),
    dateTime: (timestamp) => formatDateTime(timestamp, language),
    number: (value, digits) => formatNumber(value, language, digits),
    signedNumber: (value) => formatSignedNumber(value, language),
    percent: (value, digits) => formatPercent(value, language, digits),
    rate: (rate) => formatRate(rate, language),
    indicatorValue: (value, indicator) => formatIndicatorValue(value, indicator, language),
    text: (value) => pickText(value, language),
  }
}

/** Words and formats belong to the screen: one hook gives every formatter in the interface language. */
export function useFormat(): Format {
  const language = useLanguage()
  return useMemo(() => makeFormat(language), [language])
}
