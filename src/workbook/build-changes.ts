// From the sheets' diffs to the records the server writes (plan-changes.ts). Targets and actuals belong to their
// indicator: a changed target year updates the indicator with its whole new series.
import type { SheetName } from '../api/schemas-import'
import type { Indicator } from '../api/schemas'
import type { DiffsBySheet } from './preview-import'
import type { IndicatorFields, PlanChanges, TaskFields } from './plan-changes'
import type { PlanData } from './plan-data'
import { indicatorRow } from './plan-rows'
import { indicatorFromRow, newId, ownerFromRow, taskFromRow } from './row-records'

type YearValue = Indicator['targets'][number]

/** An indicator's series after the import: the plan's years, with the sheet's rows upserted and, if asked, removed. */
function series(
  diffs: DiffsBySheet,
  sheet: Extract<SheetName, 'Targets' | 'Actuals'>,
  code: string,
  before: readonly YearValue[],
  removeMissing: boolean,
): YearValue[] {
  const diff = diffs[sheet]
  if (!diff) return [...before]
  const byYear = new Map(before.map(({ year, value }) => [year, value]))
  if (removeMissing) {
    for (const key of diff.removedKeys)
      if (key.startsWith(`${code}|`)) byYear.delete(Number(key.slice(code.length + 1)))
  }
  for (const row of diff.upserts.values()) {
    if (row.indicator === code) byYear.set(row.year as number, row.value as number)
  }
  return [...byYear].sort(([a], [b]) => a - b).map(([year, value]) => ({ year, value }))
}

const sameSeries = (a: readonly YearValue[], b: readonly YearValue[]) =>
  a.length === b.length && a.every((item, i) => item.year === b[i]?.year && item.value === b[i]?.value)

function indicatorChanges(current: PlanData, diffs: DiffsBySheet, removeMissing: boolean) {
  const byCode = new Map(current.indicators.map((indicator) => [indicator.code.trim(), indicator]))
  const ids = new Map(current.indicators.map((indicator) => [indicator.code.trim(), indicator.id]))
  const used = new Set(ids.values())
  const upserts = diffs.Indicators?.upserts ?? new Map()
  for (const code of upserts.keys()) if (!ids.has(code)) ids.set(code, newId('ind', code, used))
  const deleted = new Set(removeMissing ? (diffs.Indicators?.removedKeys ?? []) : [])
  const changes: PlanChanges['indicators'] = { inserts: [], updates: [], deletes: [] }
  for (const [code, id] of ids) {
    if (deleted.has(code)) {
      changes.deletes.push(id)
      continue
    }
    const before = byCode.get(code)
    const targets = series(diffs, 'Targets', code, before?.targets ?? [], removeMissing)
    const actuals = series(diffs, 'Actuals', code, before?.actuals ?? [], removeMissing)
    const row = upserts.get(code) ?? (before ? indicatorRow(before) : undefined)
    if (!row) continue
    const record = indicatorFromRow(row, id, { levels: before?.levels, targets, actuals })
    if (!before) changes.inserts.push(record)
    else if (upserts.has(code) || !sameSeries(targets, before.targets) || !sameSeries(actuals, before.actuals)) {
      changes.updates.push(record)
    }
  }
  return { changes, ids }
}

function taskChanges(
  current: PlanData,
  diffs: DiffsBySheet,
  indicatorIds: Map<string, string>,
  removeMissing: boolean,
) {
  const ids = new Map(current.tasks.map((task) => [task.code.trim(), task.id]))
  const used = new Set(ids.values())
  const changes: PlanChanges['tasks'] = { inserts: [], updates: [], deletes: [] }
  for (const [code, row] of diffs.Activities?.upserts ?? []) {
    const id = ids.get(code)
    if (id) changes.updates.push(taskFromRow(row, id, indicatorIds))
    else changes.inserts.push(taskFromRow(row, newId('t', code, used), indicatorIds))
  }
  if (removeMissing) {
    for (const code of diffs.Activities?.removedKeys ?? []) changes.deletes.push(ids.get(code) as string)
  }
  return changes
}

/**
 * A record still referred to by one that stays is not deleted (the workbook may leave a sheet out): the database
 * would refuse the transaction, and the secretariat keeps a plan whose links hold.
 */
function keepReferenced(current: PlanData, changes: PlanChanges): void {
  const deletedTasks = new Set(changes.tasks.deletes)
  const changed = new Map<string, TaskFields>(
    [...changes.tasks.updates, ...changes.tasks.inserts].map((t) => [t.id, t]),
  )
  const tasks = [...current.tasks.filter((t) => !deletedTasks.has(t.id) && !changed.has(t.id)), ...changed.values()]
  const deletedIndicators = new Set(changes.indicators.deletes)
  const indicators: Pick<IndicatorFields, 'id' | 'ownerId'>[] = [
    ...current.indicators.filter((i) => !deletedIndicators.has(i.id)),
    ...changes.indicators.updates,
    ...changes.indicators.inserts,
  ]
  const usedIndicators = new Set(tasks.flatMap((task) => task.indicatorIds))
  const usedOwners = new Set([
    ...tasks.flatMap((task) => [task.ownerId, ...task.partnerIds]),
    ...indicators.flatMap((indicator) => (indicator.ownerId ? [indicator.ownerId] : [])),
  ])
  changes.indicators.deletes = changes.indicators.deletes.filter((id) => !usedIndicators.has(id))
  changes.owners.deletes = changes.owners.deletes.filter((id) => !usedOwners.has(id))
}

export function buildChanges(current: PlanData, diffs: DiffsBySheet, removeMissing: boolean): PlanChanges {
  const ownerIds = new Set(current.owners.map((owner) => owner.id))
  const owners: PlanChanges['owners'] = { inserts: [], updates: [], deletes: [] }
  for (const [id, row] of diffs.Organisations?.upserts ?? []) {
    ;(ownerIds.has(id) ? owners.updates : owners.inserts).push(ownerFromRow(row))
  }
  if (removeMissing) owners.deletes = [...(diffs.Organisations?.removedKeys ?? [])]
  const indicators = indicatorChanges(current, diffs, removeMissing)
  const changes = {
    owners,
    indicators: indicators.changes,
    tasks: taskChanges(current, diffs, indicators.ids, removeMissing),
  }
  keepReferenced(current, changes)
  return changes
}
