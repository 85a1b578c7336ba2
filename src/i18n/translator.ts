import { intlLocales, type Language } from './languages'
import type en from './locales/en.json'

/** A language's words: nested objects of strings, the shape of src/i18n/locales/en.json. */
export type Catalog = typeof en

/** Any catalog tree, so the translator can also read a partial or test catalog. */
interface CatalogTree {
  readonly [key: string]: string | CatalogTree
}

// Keys are checked against the English catalog at compile time (as i18next's CustomTypeOptions did); the parity test
// in catalogs.test.ts keeps kk and ru in step. A plural is asked for by its base key ("tasks.count") or a full one.
type LeafKeys<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : LeafKeys<Tree[Key], `${Prefix}${Key}.`>
}[keyof Tree & string]
type PluralCategory = 'one' | 'few' | 'many' | 'other'
type BaseOfPlural<Key> = Key extends `${infer Base}_${PluralCategory}` ? Base : never
type CatalogKey = LeafKeys<Catalog>
export type TranslationKey = CatalogKey | BaseOfPlural<CatalogKey>

/** `count` picks the plural form; every value fills the `{{name}}` placeholder of that name. */
export interface TranslationValues {
  readonly count?: number
  readonly [name: string]: string | number | null | undefined
}

export type TFunction = (key: TranslationKey, values?: TranslationValues) => string

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>

interface Messages {
  texts: Map<string, string>
  /** "tasks.count" → { one, few, many, other }, from the keys "tasks.count_one" and so on. */
  plurals: Map<string, PluralForms>
}

// i18next's plural keys: the base key, an underscore and the CLDR category Intl.PluralRules#select returns.
const pluralKey = /^(.+)_(zero|one|two|few|many|other)$/

const messagesByCatalog = new WeakMap<CatalogTree, Messages>()

function messagesOf(catalog: CatalogTree): Messages {
  let messages = messagesByCatalog.get(catalog)
  if (!messages) {
    messages = { texts: new Map(), plurals: new Map() }
    flatten(catalog, '', messages)
    messagesByCatalog.set(catalog, messages)
  }
  return messages
}

function flatten(tree: CatalogTree, prefix: string, messages: Messages): void {
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix + name
    if (typeof value !== 'string') {
      flatten(value, `${key}.`, messages)
      continue
    }
    messages.texts.set(key, value)
    const plural = pluralKey.exec(key)
    if (plural?.[1] && plural[2]) {
      const forms = messages.plurals.get(plural[1]) ?? {}
      forms[plural[2] as Intl.LDMLPluralRule] = value
      messages.plurals.set(plural[1], forms)
    }
  }
}

const pluralRulesByLanguage = new Map<Language, Intl.PluralRules>()

function pluralRulesOf(language: Language): Intl.PluralRules {
  let rules = pluralRulesByLanguage.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(intlLocales[language])
    pluralRulesByLanguage.set(language, rules)
  }
  return rules
}

/**
 * Fills `{{name}}` placeholders as i18next did with escapeValue off (React escapes what it renders): a value becomes
 * String(value), null becomes '', a name given as undefined becomes '', and a name not given at all stays as written.
 */
function interpolate(template: string, values: TranslationValues | undefined): string {
  let open = template.indexOf('{{')
  if (open < 0 || !values) return template
  let result = ''
  let written = 0
  while (open >= 0) {
    const close = template.indexOf('}}', open + 2)
    if (close < 0) break
    const name = template.slice(open + 2, close).trim()
    if (Object.hasOwn(values, name)) {
      const value = values[name]
      result += template.slice(written, open) + (value == null ? '' : String(value))
      written = close + 2
    }
    open = template.indexOf('{{', close + 2)
  }
  return result + template.slice(written)
}

/**
 * The `t` of one language: nested keys by dots, plurals by `count` (i18next's `_one`/`_few`/`_many`/`_other` keys,
 * chosen by Intl.PluralRules), `{{name}}` interpolation. A key the catalog lacks comes back as the key itself.
 */
export function createTranslator(language: Language, catalog: CatalogTree): TFunction {
  const { texts, plurals } = messagesOf(catalog)
  const rules = pluralRulesOf(language)
  return (key, values) => {
    const count = values?.count
    // As in i18next, a string count picks no plural form; a missing form falls back to the base key.
    const form = typeof count === 'number' ? plurals.get(key)?.[rules.select(count)] : undefined
    const template = form ?? texts.get(key)
    return template === undefined ? key : interpolate(template, values)
  }
}
