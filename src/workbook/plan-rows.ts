// The plan as canonical workbook rows (column key → value): what export writes and what an import is compared with.
// Text is trimmed and empty text is null, so a round trip through Excel compares equal.
import type { CellValue, Row, SheetName } from '../api/schemas-import'
import type { Indicator, LocalizedText, Owner, Task } from '../api/schemas'
import type { PlanData } from './plan-data'

export interface KeyedRow {
  key: string
  row: Row
}

export const listSeparator = '; '

export function rowKey(sheet: SheetName, row: Row): string {
  if (sheet === 'Targets' || sheet === 'Actuals') return `${String(row.indicator)}|${String(row.year)}`
  return String(sheet === 'Organisations' ? row.id : row.code)
}

const text = (value: string | undefined | null): CellValue => {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

const localized = (prefix: string, value: LocalizedText | undefined): Row => ({
  [`${prefix}_kk`]: text(value?.kk),
  [`${prefix}_ru`]: text(value?.ru),
  [`${prefix}_en`]: text(value?.en),
})

const list = (values: readonly string[]): CellValue => (values.length === 0 ? null : values.join(listSeparator))

export function taskRow(task: Task, indicatorCodes: ReadonlyMap<string, string>): Row {
  return {
    code: text(task.code),
    ...localized('title', task.title),
    ...localized('description', task.description),
    status: task.status,
    progress: task.progress,
    owner: task.ownerId,
    partners: list(task.partnerIds),
    sdg_targets: list(task.sdgTargets),
    indicators: list(task.indicatorIds.map((id) => indicatorCodes.get(id) ?? id)),
    start_date: task.startDate,
    due_date: task.dueDate,
    completed_date: task.completedDate ?? null,
  }
}

export function ownerRow(owner: Owner): Row {
  return {
    id: owner.id,
    ...localized('name', owner.name),
    ...localized('short_name', owner.shortName),
    type: owner.type,
  }
}

export function indicatorRow(indicator: Omit<Indicator, 'updatedAt'>): Row {
  return {
    code: text(indicator.code),
    ...localized('name', indicator.name),
    sdg_target: indicator.sdgTarget,
    unit: indicator.unit,
    direction: indicator.direction,
    baseline_year: indicator.baseline.year,
    baseline_value: indicator.baseline.value,
    owner: indicator.ownerId ?? null,
    ...localized('source', indicator.source),
  }
}

const yearValueRows = (indicator: Omit<Indicator, 'updatedAt'>, kind: 'targets' | 'actuals'): Row[] =>
  indicator[kind].map(({ year, value }) => ({ indicator: text(indicator.code), year, value }))

/** Every sheet's rows in the plan's order. */
export function planRows(data: PlanData): Record<SheetName, KeyedRow[]> {
  const codes = new Map(data.indicators.map((indicator) => [indicator.id, indicator.code]))
  const keyed = (sheet: SheetName, rows: Row[]) => rows.map((row) => ({ key: rowKey(sheet, row), row }))
  return {
    Activities: keyed(
      'Activities',
      data.tasks.map((task) => taskRow(task, codes)),
    ),
    Organisations: keyed('Organisations', data.owners.map(ownerRow)),
    Indicators: keyed('Indicators', data.indicators.map(indicatorRow)),
    Targets: keyed(
      'Targets',
      data.indicators.flatMap((indicator) => yearValueRows(indicator, 'targets')),
    ),
    Actuals: keyed(
      'Actuals',
      data.indicators.flatMap((indicator) => yearValueRows(indicator, 'actuals')),
    ),
  }
}
