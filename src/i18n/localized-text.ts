import type { LocalizedText } from '../api/schemas'

// The languages a text can be in; the same as the interface's (./languages), named here without that module's
// browser code so that the server can pick texts the same way (server/http/app-shells.ts).
type Language = keyof LocalizedText

// docs/product.md: show the interface language, else the first present of en, ru, kk.
const fallbackOrder: readonly Language[] = ['en', 'ru', 'kk']

export interface PickedText {
  text: string
  /** The language the text is actually in; differs from the interface language when a fallback was used. */
  lang: Language
}

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== ''
}

export function pickText(value: LocalizedText, language: Language): PickedText {
  const wanted = value[language]
  if (present(wanted)) return { text: wanted, lang: language }
  for (const lang of fallbackOrder) {
    const text = value[lang]
    if (present(text)) return { text, lang }
  }
  // The contract guarantees one non-empty text; an empty object is still shown as nothing rather than a crash.
  return { text: '', lang: language }
}
