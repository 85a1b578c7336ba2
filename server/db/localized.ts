// LocalizedText lives in one column per language (`title_kk`, `title_ru`, `title_en`).
import type { LocalizedText } from '../../src/api/schemas'

export const languages = ['kk', 'ru', 'en'] as const

type Columns<Name extends string> = { [K in `${Name}_${(typeof languages)[number]}`]: string | null }

/** The languages that are present, or undefined when none is (an optional LocalizedText that is absent). */
export function readLocalized<Name extends string>(row: Columns<Name>, name: Name): LocalizedText | undefined {
  const text: LocalizedText = {}
  for (const lang of languages) {
    const value = row[`${name}_${lang}` as keyof Columns<Name>]
    if (value !== null && value !== undefined) text[lang] = value
  }
  return Object.keys(text).length > 0 ? text : undefined
}

/** For columns the schema requires: a row without any language breaks the contract, so say where. */
export function readRequiredLocalized<Name extends string>(
  row: Columns<Name>,
  name: Name,
  where: string,
): LocalizedText {
  const text = readLocalized(row, name)
  if (!text) throw new Error(`${where} has no ${name} in any language`)
  return text
}

export function writeLocalized<Name extends string>(name: Name, text: LocalizedText | undefined): Columns<Name> {
  return Object.fromEntries(languages.map((lang) => [`${name}_${lang}`, text?.[lang] ?? null])) as Columns<Name>
}
