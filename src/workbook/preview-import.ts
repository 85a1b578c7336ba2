// Compares a read workbook with the current plan: normalise, check, diff, and the changes to write. Pure and
// synchronous, no exceljs: the server runs it on upload (to show the preview) and again on apply (with the
// secretariat's removeMissing choice, after checking the plan has not changed since).
import { sheetNames, type SheetName } from '../api/schemas-import'
import { buildChanges } from './build-changes'
import { diffSheet, type SheetDiff } from './diff-sheet'
import type { CellIssue } from './import-issues'
import type { ImportResult, PreviewOptions } from './import-result'
import type { PlanData } from './plan-data'
import { planRows } from './plan-rows'
import { readSheet } from './read-sheet'
import { resolvers } from './resolvers'
import type { WorkbookRows } from './workbook-rows'

export type DiffsBySheet = Partial<Record<SheetName, SheetDiff>>

const columnOrder = (column: string) => column.padStart(3, ' ')

/** Workbook order of the sheets, then row, then column (A before B before AA). */
export function sortIssues(issues: readonly CellIssue[]): CellIssue[] {
  const sheetIndex = (sheet: SheetName) => sheetNames.indexOf(sheet)
  return [...issues].sort(
    (a, b) =>
      sheetIndex(a.sheet) - sheetIndex(b.sheet) ||
      a.row - b.row ||
      columnOrder(a.column).localeCompare(columnOrder(b.column)),
  )
}

export function previewImport(workbook: WorkbookRows, current: PlanData, options: PreviewOptions): ImportResult {
  const sheets = new Map(workbook.sheets.map((sheet) => [sheet.name, sheet]))
  const lists = resolvers(sheets, current)
  const currentRows = planRows(current)
  const issues = [...workbook.issues]
  const diffs: DiffsBySheet = {}
  for (const name of sheetNames) {
    const sheet = sheets.get(name)
    if (!sheet) continue
    const byKey = new Map(currentRows[name].map(({ key, row }) => [key, row]))
    const read = readSheet(sheet, lists, { rows: byKey, plan: current.plan })
    issues.push(...read.issues)
    diffs[name] = diffSheet(read, currentRows[name])
  }
  const previews = sheetNames.flatMap((name) => diffs[name]?.preview ?? [])
  const total = (pick: (sheet: (typeof previews)[number]) => number) => previews.reduce((n, s) => n + pick(s), 0)
  return {
    counts: {
      added: total((s) => s.added.length),
      changed: total((s) => s.changed.length),
      unchanged: total((s) => s.unchanged),
      removed: total((s) => s.removed.length),
      errors: issues.length,
    },
    sheets: previews,
    issues: sortIssues(issues),
    changes: buildChanges(current, diffs, options.removeMissing),
  }
}
