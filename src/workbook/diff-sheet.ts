// One sheet against the plan: which rows are new, which changed (field by field, old → new), which are the same,
// and which records of the plan the sheet no longer has.
import type { ChangedRow, Row, SheetPreview } from '../api/schemas-import'
import type { KeyedRow } from './plan-rows'
import type { ReadSheet } from './read-sheet'

export interface SheetDiff {
  preview: SheetPreview
  /** Full rows (the plan's values where the workbook has no column) of the records to insert or update, by key. */
  upserts: Map<string, Row>
  /** Keys of the plan's records the sheet does not have. */
  removedKeys: string[]
}

export function diffSheet(read: ReadSheet, currentRows: readonly KeyedRow[]): SheetDiff {
  const current = new Map(currentRows.map(({ key, row }) => [key, row]))
  const empty: Row = Object.fromEntries(read.def.columns.map((column) => [column.key, null]))
  const seen = new Set<string>()
  const added: Row[] = []
  const changed: ChangedRow[] = []
  const upserts = new Map<string, Row>()
  let unchanged = 0
  for (const { row, key, values, valid } of read.rows) {
    if (key !== '') seen.add(key)
    if (!valid || upserts.has(key)) continue
    const before = current.get(key)
    const merged = { ...empty, ...before, ...values }
    if (!before) {
      added.push(merged)
      upserts.set(key, merged)
      continue
    }
    const fields = read.def.columns
      .filter((column) => merged[column.key] !== before[column.key])
      .map(({ key: name }) => ({ name, from: before[name] ?? null, to: merged[name] ?? null }))
    if (fields.length === 0) unchanged += 1
    else {
      changed.push({ key, row, fields })
      upserts.set(key, merged)
    }
  }
  const removed = currentRows.filter(({ key }) => !seen.has(key))
  return {
    preview: { name: read.def.name, added, changed, unchanged, removed: removed.map(({ row }) => row) },
    upserts,
    removedKeys: removed.map(({ key }) => key),
  }
}
