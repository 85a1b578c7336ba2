// @vitest-environment node
import { allCatalogs } from '../test/catalogs'
import type { Language } from './languages'
import { createTranslator, type TranslationValues } from './translator'

// A catalog of our own, so each test shows which form was picked; real keys are type-checked, these are not.
const sample = {
  apples_one: 'one: {{count}}',
  apples_few: 'few: {{count}}',
  apples_many: 'many: {{count}}',
  apples_other: 'other: {{count}}',
  pears: 'pears without plural forms: {{count}}',
  plan: { section: { title: 'Plan for {{year}}' } },
  greeting: 'Hello, {{name}}! {{ name }} again, {{count}} times',
  missingVariable: 'Due {{date}}',
  markup: 'Keep <b>{{value}}</b> as written',
}

function sampleTranslator(language: Language) {
  return createTranslator(language, sample) as unknown as (key: string, values?: TranslationValues) => string
}

test.each([
  ['en', 1, 'one: 1'],
  ['en', 0, 'other: 0'],
  ['en', 2, 'other: 2'],
  ['en', 1.5, 'other: 1.5'],
  ['ru', 1, 'one: 1'],
  ['ru', 2, 'few: 2'],
  ['ru', 5, 'many: 5'],
  ['ru', 11, 'many: 11'],
  ['ru', 21, 'one: 21'],
  ['ru', 22, 'few: 22'],
  ['ru', 25, 'many: 25'],
  ['ru', 0, 'many: 0'],
  ['ru', 1.5, 'other: 1.5'],
  ['kk', 1, 'one: 1'],
  ['kk', 2, 'other: 2'],
  ['kk', 5, 'other: 5'],
  ['kk', 21, 'other: 21'],
  ['kk', 1.5, 'other: 1.5'],
] as const)('%s with count %d picks "%s"', (language, count, expected) => {
  expect(sampleTranslator(language)('apples', { count })).toBe(expected)
})

test.each([
  ['a nested key by dots', 'plan.section.title', { year: 2026 }, 'Plan for 2026'],
  [
    'every placeholder of a name, spaces inside the braces allowed',
    'greeting',
    { name: 'Aigerim', count: 3 },
    'Hello, Aigerim! Aigerim again, 3 times',
  ],
  [
    'a number as String(number), with no locale formatting',
    'plan.section.title',
    { year: 12345.5 },
    'Plan for 12345.5',
  ],
  ['a placeholder nobody gave stays as written', 'missingVariable', { other: 'x' }, 'Due {{date}}'],
  ['a value given as undefined leaves nothing', 'missingVariable', { date: undefined }, 'Due '],
  ['null leaves nothing', 'missingVariable', { date: null }, 'Due '],
  ['no values at all: the text as written', 'missingVariable', undefined, 'Due {{date}}'],
  ['a value is never read as a template', 'missingVariable', { date: '{{date}}' }, 'Due {{date}}'],
  ['no HTML escaping: React escapes', 'markup', { value: '<i>&</i>' }, 'Keep <b><i>&</i></b> as written'],
  ['a count with no plural forms uses the base key', 'pears', { count: 2 }, 'pears without plural forms: 2'],
  ['a missing key comes back as itself', 'plan.section.subtitle', undefined, 'plan.section.subtitle'],
  ['a missing plural comes back as the key', 'plums', { count: 3 }, 'plums'],
  ['a key that names a group, not a text, comes back as itself', 'plan.section', undefined, 'plan.section'],
  ['a full plural key can be asked for directly', 'apples_few', { count: 1 }, 'few: 1'],
] as const)('%s', (_, key, values, expected) => {
  expect(sampleTranslator('en')(key, values)).toBe(expected)
})

test.each([
  ['en', 'common.overdueBy', 21, 'overdue by 21 days'],
  ['ru', 'common.overdueBy', 21, 'просрочено на 21 день'],
  ['ru', 'common.overdueBy', 25, 'просрочено на 25 дней'],
  ['kk', 'common.overdueBy', 1, 'мерзімі 1 күнге өтті'],
] as const)('the real %s catalog: %s with %d reads "%s"', (language, key, count, expected) => {
  expect(createTranslator(language, allCatalogs[language])(key, { count })).toBe(expected)
})

test('each translator keeps to its own language and catalog', () => {
  const ru = createTranslator('ru', allCatalogs.ru)
  const en = createTranslator('en', allCatalogs.en)
  expect(ru('language.label')).toBe('Язык')
  expect(en('language.label')).toBe('Language')
  expect(ru('language.label')).toBe('Язык')
})
