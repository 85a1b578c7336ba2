import { Text } from 'recharts'

export interface TickProps {
  x?: number | string
  y?: number | string
  width?: number | string
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: 'start' | 'middle' | 'end'
  fill?: string
  fontSize?: number | string
  payload?: { value?: unknown }
}

/** A category label that carries its own language, so screen readers pronounce a Russian-only name as Russian. */
export function labelTick(langOf: ReadonlyMap<string, string | undefined>) {
  return function LabelTick({ payload, ...props }: TickProps) {
    const value = String(payload?.value ?? '')
    return (
      <g lang={langOf.get(value)}>
        <Text {...props} width={Number(props.width) || undefined}>
          {value}
        </Text>
      </g>
    )
  }
}
