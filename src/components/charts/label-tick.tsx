import { Text } from '@visx/text'
import type { TickRendererProps } from '@visx/axis'

/**
 * An axis label that carries its own language, so screen readers pronounce a Russian-only name as Russian. It wraps
 * onto more lines within `width`, or, where even one word is too wide for its place, is tilted by `angle` degrees and
 * hung from its end.
 */
export function labelTick(langOf: ReadonlyMap<string, string | undefined>, width?: number, angle?: number) {
  return function LabelTick({ formattedValue = '', ...props }: TickRendererProps) {
    const tilted = angle ? { angle, textAnchor: 'end' as const, verticalAnchor: 'middle' as const, dy: 0 } : {}
    return (
      <g lang={langOf.get(formattedValue)}>
        <Text {...props} {...tilted} width={angle ? undefined : width}>
          {formattedValue}
        </Text>
      </g>
    )
  }
}
