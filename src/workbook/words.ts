// The workbook's words in the three languages, from the `imports` namespace of the catalogs (and the status names
// the whole app uses). Only these two namespaces are imported, so the app's workbook chunk does not carry the rest.
import { imports as enImports, status as enStatus } from '../i18n/locales/en.json'
import { imports as kkImports, status as kkStatus } from '../i18n/locales/kk.json'
import { imports as ruImports, status as ruStatus } from '../i18n/locales/ru.json'
import { taskStatuses, type TaskStatus } from '../api/schemas'
import type { LanguageCode } from '../domain/language-param'

export type ImportWords = typeof enImports

export const importWords: Record<LanguageCode, ImportWords> = { kk: kkImports, ru: ruImports, en: enImports }

const statusCatalogs = { kk: kkStatus, ru: ruStatus, en: enStatus }

export function statusWord(status: TaskStatus, language: LanguageCode): string {
  return statusCatalogs[language][status]
}

export const statusWords = (language: LanguageCode) => taskStatuses.map((status) => statusWord(status, language))

/** i18next's `{{name}}` placeholders, filled without i18next: the server formats messages too. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** "Title (Kazakh)": a localised column's label in the workbook's language. */
export function columnLabel(key: string, language: LanguageCode): string {
  const words = importWords[language]
  const localized = /^(.*)_(kk|ru|en)$/.exec(key)
  const base = (localized?.[1] ?? key) as keyof ImportWords['columns']
  const label = words.columns[base] ?? key
  if (!localized) return label
  return interpolate(words.localizedLabel, { label, language: words.languageTags[localized[2] as LanguageCode] })
}

/** The help text in the Read me for a column; localised columns share their base column's text. */
export function columnHelp(key: string, language: LanguageCode): string {
  const base = key.replace(/_(kk|ru|en)$/, '') as keyof ImportWords['readme']['columns']
  return importWords[language].readme.columns[base] ?? ''
}
