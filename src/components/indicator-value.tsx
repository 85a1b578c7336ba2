import type { Indicator } from '../api/schemas'
import { formatIndicatorValue } from '../domain/indicator-values'
import { useLanguage } from '../i18n/use-language'
import { Localized } from './localized'

type Valued = Pick<Indicator, 'unit' | 'levels'>

/** A value in the indicator's unit; a `level` value is its stage's name, which keeps its own language. */
export function IndicatorValue({ value, indicator }: { value: number | undefined; indicator: Valued }) {
  const language = useLanguage()
  if (value === undefined) return <>—</>
  const stage = indicator.unit === 'level' ? indicator.levels?.[Math.round(value)] : undefined
  return stage ? <Localized text={stage} /> : <>{formatIndicatorValue(value, indicator, language)}</>
}
