import type { Indicator } from '../api/schemas'
import { useFormat } from '../i18n/use-format'
import { Localized } from './localized'

type Valued = Pick<Indicator, 'unit' | 'levels'>

/** A value in the indicator's unit; a `level` value is its stage's name, which keeps its own language. */
export function IndicatorValue({ value, indicator }: { value: number | undefined; indicator: Valued }) {
  const format = useFormat()
  if (value === undefined) return <>—</>
  const stage = indicator.unit === 'level' ? indicator.levels?.[Math.round(value)] : undefined
  return stage ? <Localized text={stage} /> : <>{format.indicatorValue(value, indicator)}</>
}
