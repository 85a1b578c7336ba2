// Tolerant where people are messy (issue 14): spaces around values, numbers typed where text is meant, dates as
// Excel dates or text in either of the two usual forms, list words in any of the three languages, decimal commas.
// A value that still cannot be read becomes an issue code for its cell; nothing is guessed beyond these rules.
import type { CellValue } from '../api/schemas-import'
import type { ColumnDef, ListSource } from './columns'
import type { CellIssueCode, IssueParams } from './import-issues'
import { listSeparator } from './plan-rows'
import type { RawCell } from './workbook-rows'

export type Normalised = { ok: true; value: CellValue } | { ok: false; code: CellIssueCode; params: IssueParams }

/** Resolves a typed word or name to its canonical value (a key, an id, a code), or undefined when unknown. */
export type Resolver = (word: string) => string | undefined

export type Resolvers = Record<ListSource, Resolver>

/** How typed words are compared: spaces collapsed, case ignored (Kazakh and Russian letters included). */
export function matchKey(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLowerCase()
}

const ok = (value: CellValue): Normalised => ({ ok: true, value })
const fail = (code: CellIssueCode, params: IssueParams = {}): Normalised => ({ ok: false, code, params })

function asText(raw: RawCell): string {
  if (raw === null) return ''
  return String(raw).trim()
}

/** "1 234,5", "45 %", " 4.7 ": the forms a number takes when typed as text in kk, ru or en. */
export function parseNumber(raw: RawCell): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined
  const cleaned = asText(raw)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.')
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned) ? Number(cleaned) : undefined
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const dottedDatePattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real ? date.toISOString().slice(0, 10) : undefined
}

/** Excel's day numbers (1900 date system): day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was. */
export function excelSerialToIsoDate(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2_958_465) return undefined
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
}

export function parseDate(raw: RawCell): string | undefined {
  if (typeof raw === 'number') return excelSerialToIsoDate(raw)
  const typed = asText(raw)
  const iso = isoDatePattern.exec(typed)
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dotted = dottedDatePattern.exec(typed)
  if (dotted) return isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))
  return undefined
}

function unknownCode(source: ListSource): CellIssueCode {
  if (source === 'statuses') return 'unknown_status'
  if (source === 'owners') return 'unknown_owner'
  if (source === 'indicators') return 'unknown_indicator'
  return 'unknown_value'
}

/** Indicator codes may hold commas ("4.1.1(a), reading"); ids and targets never do. */
const splitter = (source: ListSource) => (source === 'indicators' ? /[;\n]/ : /[;,\n]/)

function normaliseList(raw: RawCell, column: ColumnDef, resolvers: Resolvers): Normalised {
  const source = column.list as ListSource
  const words = column.type === 'multi-list' ? asText(raw).split(splitter(source)) : [asText(raw)]
  const values: string[] = []
  for (const word of words.map((w) => w.trim()).filter((w) => w !== '')) {
    const value = resolvers[source](word)
    if (value === undefined) return fail(unknownCode(source), { value: word, list: source })
    if (!values.includes(value)) values.push(value)
  }
  return ok(values.length === 0 ? null : values.join(listSeparator))
}

/**
 * One cell, read by its column's type. An unknown list word names its list, so that the message can offer the allowed
 * words in the reader's language. Emptiness is not judged here: a required empty cell is the row's business.
 */
export function normaliseCell(raw: RawCell, column: ColumnDef, resolvers: Resolvers): Normalised {
  if (asText(raw) === '') return ok(null)
  switch (column.type) {
    case 'text':
      return ok(asText(raw))
    case 'integer':
    case 'number': {
      const number = parseNumber(raw)
      if (number === undefined) return fail('not_a_number', { value: asText(raw) })
      if (column.key === 'progress' && (number < 0 || number > 100)) {
        return fail('progress_out_of_range', { value: number })
      }
      if (column.type === 'integer' && !Number.isInteger(number)) return fail('not_a_whole_number', { value: number })
      return ok(number)
    }
    case 'date': {
      const date = parseDate(raw)
      return date === undefined ? fail('not_a_date', { value: asText(raw) }) : ok(date)
    }
    case 'list':
    case 'multi-list':
      return normaliseList(raw, column, resolvers)
  }
}
