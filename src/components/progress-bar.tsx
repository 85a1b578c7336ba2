import { useFormat } from '../i18n/use-format'

/** Progress as a bar and a number; the number carries the meaning, the bar is decoration for the eye. */
export function ProgressBar({ value }: { value: number }) {
  const format = useFormat()
  return (
    <span className="progress">
      <span className="progress__track" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress__value">{format.percent(value)}</span>
    </span>
  )
}
