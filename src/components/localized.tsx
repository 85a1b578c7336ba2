import type { LocalizedText } from '../api/schemas'
import { pickText } from '../i18n/localized-text'
import { useLanguage } from '../i18n/use-language'

/**
 * Text from the API in the interface language. React renders it as text, never HTML. When only another language
 * is available, the text carries its own `lang` so screen readers pronounce it right.
 * (It picks the text itself rather than through useFormat(): it is on the first screen, which stays small.)
 */
export function Localized({ text }: { text: LocalizedText }) {
  const language = useLanguage()
  const picked = pickText(text, language)
  return picked.lang === language ? <>{picked.text}</> : <span lang={picked.lang}>{picked.text}</span>
}
