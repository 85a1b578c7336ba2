// What a list cell may name. Fixed lists accept their key or their word in any of the three languages; organisations
// and indicators are those of the workbook's own sheets first (the workbook is the plan being imported), then those
// already in the plan: a template filled with new activities may name any organisation the plan has.
import { indicatorUnits, ownerTypes, taskStatuses, type TaskStatus } from '../api/schemas'
import { languageCodes, type LanguageCode } from '../domain/language-param'
import { sdgTargets } from '../domain/sdg-targets'
import type { ListSource } from './columns'
import { matchKey, type Resolver, type Resolvers } from './normalise'
import type { PlanData } from './plan-data'
import { importWords, statusWord, type ImportWords } from './words'
import type { SheetRows } from './workbook-rows'

export const indicatorDirections = ['increase', 'decrease'] as const

type FixedList = { keys: readonly string[]; word: (key: string, language: LanguageCode) => string }

const wordsOf =
  (group: keyof ImportWords['values']) =>
  (key: string, language: LanguageCode): string =>
    (importWords[language].values[group] as Record<string, string>)[key] ?? key

/** Each fixed list's keys, and the word for a key in a language. */
export const fixedLists = {
  statuses: { keys: taskStatuses, word: (key, language) => statusWord(key as TaskStatus, language) },
  ownerTypes: { keys: ownerTypes, word: wordsOf('ownerTypes') },
  units: { keys: indicatorUnits, word: wordsOf('units') },
  directions: { keys: indicatorDirections, word: wordsOf('directions') },
  sdgTargets: { keys: sdgTargets, word: (key) => key },
} satisfies Record<Exclude<ListSource, 'owners' | 'indicators'>, FixedList>

export type FixedListSource = keyof typeof fixedLists

export function fixedListWords(source: FixedListSource, language: LanguageCode): string[] {
  const list = fixedLists[source]
  return list.keys.map((key) => list.word(key, language))
}

function resolverOf(entries: Iterable<[string, string]>): Resolver {
  const byWord = new Map<string, string>()
  for (const [word, value] of entries) {
    const key = matchKey(word)
    if (key !== '' && !byWord.has(key)) byWord.set(key, value)
  }
  return (word) => byWord.get(matchKey(word))
}

function* fixedEntries(source: FixedListSource): Generator<[string, string]> {
  const list = fixedLists[source]
  for (const key of list.keys) {
    yield [key, key]
    for (const language of languageCodes) yield [list.word(key, language), key]
  }
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim())

const ownerNameKeys = ['name', 'short_name'].flatMap((prefix) => languageCodes.map((l) => `${prefix}_${l}`))

function* ownerEntries(sheet: SheetRows | undefined, current: PlanData): Generator<[string, string]> {
  if (sheet) {
    // Ids first: an id always wins over a name that happens to read the same.
    for (const { cells } of sheet.rows) if (cellText(cells.id)) yield [cellText(cells.id), cellText(cells.id)]
    for (const { cells } of sheet.rows) {
      for (const key of ownerNameKeys) if (cellText(cells.id)) yield [cellText(cells[key]), cellText(cells.id)]
    }
  }
  for (const owner of current.owners) yield [owner.id, owner.id]
  for (const owner of current.owners) {
    for (const text of [owner.name, owner.shortName]) {
      for (const language of languageCodes) yield [text?.[language] ?? '', owner.id]
    }
  }
}

function* indicatorEntries(sheet: SheetRows | undefined, current: PlanData): Generator<[string, string]> {
  for (const { cells } of sheet?.rows ?? []) yield [cellText(cells.code), cellText(cells.code)]
  for (const indicator of current.indicators) yield [indicator.code, indicator.code]
}

export function resolvers(sheets: ReadonlyMap<string, SheetRows>, current: PlanData): Resolvers {
  return {
    statuses: resolverOf(fixedEntries('statuses')),
    ownerTypes: resolverOf(fixedEntries('ownerTypes')),
    units: resolverOf(fixedEntries('units')),
    directions: resolverOf(fixedEntries('directions')),
    sdgTargets: resolverOf(fixedEntries('sdgTargets')),
    owners: resolverOf(ownerEntries(sheets.get('Organisations'), current)),
    indicators: resolverOf(indicatorEntries(sheets.get('Indicators'), current)),
  }
}
