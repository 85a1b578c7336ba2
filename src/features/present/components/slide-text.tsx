import type { LocalizedText } from '../../../api/schemas'
import { pickText } from '../../../i18n/localized-text'
import { useLanguage } from '../../../i18n/use-language'

// A period such as "2023–2029" (or "2023-2029") read as one thing: a line break after its dash splits it in two.
const yearRange = /(\d{4}\s?[–-]\s?\d{4})/

/** Text from the API on a slide, as <Localized> shows it, with year ranges kept on one line. */
export function SlideText({ text }: { text: LocalizedText }) {
  const language = useLanguage()
  const picked = pickText(text, language)
  const content = picked.text.split(yearRange).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className="slide-range">
        {part}
      </span>
    ) : (
      part
    ),
  )
  return picked.lang === language ? <>{content}</> : <span lang={picked.lang}>{content}</span>
}
