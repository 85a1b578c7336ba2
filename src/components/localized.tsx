import type { LocalizedText } from '../api/schemas'
import { useFormat } from '../i18n/use-format'

/**
 * Text from the API in the interface language. React renders it as text, never HTML. When only another language
 * is available, the text carries its own `lang` so screen readers pronounce it right.
 */
export function Localized({ text }: { text: LocalizedText }) {
  const format = useFormat()
  const { language } = format
  const picked = format.text(text)
  return picked.lang === language ? <>{picked.text}</> : <span lang={picked.lang}>{picked.text}</span>
}
