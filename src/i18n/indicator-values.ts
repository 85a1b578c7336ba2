import type { Indicator } from '../api/schemas'
import { formatPercentValue, numberFormat } from './format'
import { pickText } from './localized-text'
import { intlLocales, type Language } from './languages'

type Valued = Pick<Indicator, 'unit' | 'levels'>

const fractionDigits: Record<Indicator['unit'], number> = {
  percent: 1,
  score: 0,
  index: 2,
  count: 0,
  ratio: 2,
  years: 1,
  level: 0,
}

/** A value in the indicator's unit and the interface locale: "85,3 %", "12 400", "0,62", or a level's stage name. */
export function formatIndicatorValue(value: number, indicator: Valued, language: Language): string {
  if (indicator.unit === 'level') {
    const stage = indicator.levels?.[Math.round(value)]
    return stage ? pickText(stage, language).text : String(value)
  }
  const locale = intlLocales[language]
  const maximumFractionDigits = fractionDigits[indicator.unit]
  if (indicator.unit === 'percent') {
    return formatPercentValue(value / 100, language, { maximumFractionDigits })
  }
  return numberFormat(locale, { maximumFractionDigits }, String(maximumFractionDigits)).format(value)
}

/** A rate of change (0.0718 → "7,2 %"), with its sign. */
export function formatRate(rate: number, language: Language): string {
  return formatPercentValue(rate, language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })
}
