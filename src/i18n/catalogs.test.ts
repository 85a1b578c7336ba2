// @vitest-environment node
import en from './locales/en.json'
import kk from './locales/kk.json'
import ru from './locales/ru.json'
import { intlLocales, languages } from './languages'

const catalogs = { kk, ru, en }

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value }
  return Object.assign(
    {},
    ...Object.entries(value as object).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)),
  )
}

const flat = Object.fromEntries(languages.map((lang) => [lang, flatten(catalogs[lang])]))

test.each(languages)('the %s catalog has exactly the keys of the others', (lang) => {
  const keys = Object.keys(flat[lang] ?? {}).sort()
  for (const other of languages) expect(keys).toEqual(Object.keys(flat[other] ?? {}).sort())
})

test.each(languages)('no %s string is empty', (lang) => {
  const empty = Object.entries(flat[lang] ?? {}).filter(([, value]) => value.trim() === '')
  expect(empty).toEqual([])
})

test.each(languages)('every plural in %s has the forms its locale needs', (lang) => {
  const needed = new Intl.PluralRules(intlLocales[lang]).resolvedOptions().pluralCategories
  const bases = new Set(
    Object.keys(flat[lang] ?? {})
      .filter((key) => /_(one|few|many|other)$/.test(key))
      .map((key) => key.replace(/_(one|few|many|other)$/, '')),
  )
  for (const base of bases) {
    for (const category of needed) expect(flat[lang]).toHaveProperty([`${base}_${category}`])
  }
})

test.each(languages)('%s uses the same interpolation variables as English', (lang) => {
  const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort()
  for (const [key, text] of Object.entries(flat.en ?? {})) {
    expect(variables(flat[lang]?.[key] ?? ''), key).toEqual(variables(text))
  }
})

test('Russian and Kazakh never call a plan row an SDG target (Задача / Міндет)', () => {
  const offenders = [...Object.entries(flat.ru ?? {}), ...Object.entries(flat.kk ?? {})].filter(
    ([, text]) => /(^|[^\p{L}])(задач|міндет)/iu.test(text) && !/ЦУР|ТДМ/u.test(text),
  )
  expect(offenders).toEqual([])
})

test('a target value is never called a Goal: no "Цель" in Russian, no "Мақсат" in Kazakh (docs/terminology.json)', () => {
  expect(
    Object.entries(flat.ru ?? {}).filter(([, text]) => /(^|[^\p{L}])цел(ь|и|ью)([^\p{L}]|$)/iu.test(text)),
  ).toEqual([])
  expect(Object.entries(flat.kk ?? {}).filter(([, text]) => /мақсат/iu.test(text))).toEqual([])
})

// Genitive, dative, locative, ablative and accusative endings: their form follows the number's last sound, which a
// fixed string cannot know. Ordinals written with a hyphen ("3-тоқсан", the 3rd quarter) are fine.
const kazakhCaseEnding =
  /\}\}-(ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті)(?!\p{L})/u

test('Kazakh puts no case ending after a number (it would depend on the number: 5-тің, 12-нің)', () => {
  const offenders = Object.entries(flat.kk ?? {}).filter(([, text]) => kazakhCaseEnding.test(text))
  expect(offenders).toEqual([])
})

test('no catalog has a plural form the translator never picks (_zero, _two, ordinals: see ADR 0013)', () => {
  const unused = languages.flatMap((lang) =>
    Object.keys(flat[lang] ?? {}).filter((key) => /_(zero|two|ordinal_\w+)$/.test(key)),
  )
  expect(unused).toEqual([])
})
