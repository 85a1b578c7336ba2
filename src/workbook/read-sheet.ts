// One sheet's rows normalised and checked, cell by cell and then row by row (issue 14's strict rules: required
// cells, a due date before the start date, a duplicate key, a target year outside the plan period).
import type { Row } from '../api/schemas-import'
import { sheetDef, type SheetDef } from './columns'
import type { CellIssue } from './import-issues'
import { normaliseCell, type Resolvers } from './normalise'
import type { PlanData } from './plan-data'
import { rowKey } from './plan-rows'
import type { SheetRows } from './workbook-rows'

export interface ReadRow {
  row: number
  key: string
  /** The values of the columns this workbook has; the others are left as they are in the plan. */
  values: Row
  valid: boolean
}

export interface ReadSheet {
  def: SheetDef
  rows: ReadRow[]
  issues: CellIssue[]
}

function titlePrefix(def: SheetDef): string | undefined {
  if (def.name === 'Activities') return 'title'
  if (def.name === 'Organisations' || def.name === 'Indicators') return 'name'
  return undefined
}

/** Row checks that need several cells; `merged` holds the plan's values for the columns the workbook lacks. */
function rowIssues(def: SheetDef, merged: Row, letters: Record<string, string>, plan: PlanData['plan']) {
  const issues: Omit<CellIssue, 'sheet' | 'row'>[] = []
  const at = (key: string) => ({ column: letters[key] ?? '', key })
  const prefix = titlePrefix(def)
  if (prefix && ['kk', 'ru', 'en'].every((language) => merged[`${prefix}_${language}`] === null)) {
    issues.push({ ...at(`${prefix}_kk`), code: 'title_required' })
  }
  const { start_date: start, due_date: due } = merged
  if (typeof start === 'string' && typeof due === 'string' && due < start) {
    issues.push({ ...at('due_date'), code: 'due_before_start', params: { start, due } })
  }
  const first = Number(plan.period.start.slice(0, 4))
  const last = Number(plan.period.end.slice(0, 4))
  if (def.name === 'Targets' && typeof merged.year === 'number' && (merged.year < first || merged.year > last)) {
    issues.push({ ...at('year'), code: 'year_outside_plan', params: { year: merged.year, start: first, end: last } })
  }
  return issues
}

export function readSheet(
  sheet: SheetRows,
  resolvers: Resolvers,
  current: { rows: ReadonlyMap<string, Row>; plan: PlanData['plan'] },
): ReadSheet {
  const def = sheetDef(sheet.name)
  const present = def.columns.filter((column) => column.key in sheet.letters)
  const issues: CellIssue[] = []
  const firstRowOfKey = new Map<string, number>()
  const rows: ReadRow[] = []
  for (const { row, cells } of sheet.rows) {
    const values: Row = {}
    const before = issues.length
    for (const column of present) {
      const cell = normaliseCell(cells[column.key] ?? null, column, resolvers)
      const where = { sheet: def.name, row, column: sheet.letters[column.key] ?? '', key: column.key }
      if (!cell.ok) issues.push({ ...where, code: cell.code, params: cell.params })
      else if (cell.value === null && column.required) issues.push({ ...where, code: 'required' })
      values[column.key] = cell.ok ? cell.value : null
    }
    const keyKnown = def.keyColumns.every((key) => values[key] !== null && values[key] !== undefined)
    const key = keyKnown ? rowKey(def.name, values) : ''
    const empty = Object.fromEntries(def.columns.map((column) => [column.key, null]))
    const merged = { ...empty, ...(current.rows.get(key) ?? {}), ...values }
    for (const issue of rowIssues(def, merged, sheet.letters, current.plan))
      issues.push({ sheet: def.name, row, ...issue })
    if (keyKnown) {
      const firstRow = firstRowOfKey.get(key)
      if (firstRow !== undefined) {
        const last = def.keyColumns[def.keyColumns.length - 1] as string
        issues.push({
          sheet: def.name,
          row,
          column: sheet.letters[last] ?? '',
          key: last,
          code: 'duplicate_key',
          params: { value: String(values[last]), firstRow },
        })
      } else firstRowOfKey.set(key, row)
    }
    rows.push({ row, key, values, valid: issues.length === before })
  }
  return { def, rows, issues }
}
