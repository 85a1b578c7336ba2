import { formatPercent } from '../domain/format'
import { useLanguage } from '../i18n/use-language'

/** Progress as a bar and a number; the number carries the meaning, the bar is decoration for the eye. */
export function ProgressBar({ value }: { value: number }) {
  const language = useLanguage()
  return (
    <span className="progress">
      <span className="progress__track" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress__value">{formatPercent(value, language)}</span>
    </span>
  )
}
