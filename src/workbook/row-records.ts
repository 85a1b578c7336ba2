// Canonical rows back into the contract's records: the inverse of plan-rows.ts for what the workbook holds.
import type { CellValue, Row } from '../api/schemas-import'
import type { Indicator, LocalizedText, Owner } from '../api/schemas'
import type { IndicatorFields, TaskFields } from './plan-changes'
import { listSeparator } from './plan-rows'

const str = (value: CellValue | undefined) => (typeof value === 'string' ? value : '')
const num = (value: CellValue | undefined) => (typeof value === 'number' ? value : 0)
const listOf = (value: CellValue | undefined) => (typeof value === 'string' ? value.split(listSeparator) : [])

function localized(row: Row, prefix: string): LocalizedText | undefined {
  const text: LocalizedText = {}
  for (const language of ['kk', 'ru', 'en'] as const) {
    const value = row[`${prefix}_${language}`]
    if (typeof value === 'string') text[language] = value
  }
  return Object.keys(text).length > 0 ? text : undefined
}

export function ownerFromRow(row: Row): Owner {
  const shortName = localized(row, 'short_name')
  return {
    id: str(row.id),
    name: localized(row, 'name') ?? {},
    ...(shortName ? { shortName } : {}),
    type: str(row.type) as Owner['type'],
  }
}

/** `indicatorIds` maps the workbook's indicator codes to the ids they have (or get) in the plan. */
export function taskFromRow(row: Row, id: string, indicatorIds: ReadonlyMap<string, string>): TaskFields {
  const description = localized(row, 'description')
  return {
    id,
    code: str(row.code),
    title: localized(row, 'title') ?? {},
    ...(description ? { description } : {}),
    status: str(row.status) as TaskFields['status'],
    progress: num(row.progress),
    ownerId: str(row.owner),
    partnerIds: listOf(row.partners),
    sdgTargets: listOf(row.sdg_targets),
    indicatorIds: listOf(row.indicators).map((code) => indicatorIds.get(code) ?? code),
    startDate: str(row.start_date),
    dueDate: str(row.due_date),
    completedDate: typeof row.completed_date === 'string' ? row.completed_date : null,
  }
}

type YearValue = Indicator['targets'][number]

export function indicatorFromRow(
  row: Row,
  id: string,
  parts: { levels?: Indicator['levels']; targets: YearValue[]; actuals: YearValue[] },
): IndicatorFields {
  const source = localized(row, 'source')
  return {
    id,
    code: str(row.code),
    name: localized(row, 'name') ?? {},
    sdgTarget: str(row.sdg_target),
    unit: str(row.unit) as Indicator['unit'],
    direction: str(row.direction) as Indicator['direction'],
    ...(parts.levels ? { levels: parts.levels } : {}),
    baseline: { year: num(row.baseline_year), value: num(row.baseline_value) },
    targets: parts.targets,
    actuals: parts.actuals,
    ...(source ? { source } : {}),
    ...(typeof row.owner === 'string' ? { ownerId: row.owner } : {}),
  }
}

/** A readable id for a new record, made from its code and unique among `used` (which it joins). */
export function newId(prefix: string, code: string, used: Set<string>): string {
  const slug =
    code
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'new'
  let id = `${prefix}-${slug}`
  for (let n = 2; used.has(id); n += 1) id = `${prefix}-${slug}-${n}`
  used.add(id)
  return id
}
