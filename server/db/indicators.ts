// Indicators with their levels, targets and actuals (each ascending), one query per table.
import type { Kysely, Selectable } from 'kysely'
import type { Indicator, LocalizedText } from '../../src/api/schemas'
import { groupBy } from './group'
import { readLocalized, readRequiredLocalized } from './localized'
import type { IndicatorTable, Schema } from './schema'

type YearValue = { year: number; value: number }
type Parts = { levels: LocalizedText[]; targets: YearValue[]; actuals: YearValue[] }

function toIndicator(row: Selectable<IndicatorTable>, parts: Parts): Indicator {
  const source = readLocalized(row, 'source')
  return {
    id: row.id,
    code: row.code,
    name: readRequiredLocalized(row, 'name', `indicator ${row.id}`),
    sdgTarget: row.sdg_target,
    unit: row.unit as Indicator['unit'],
    direction: row.direction as Indicator['direction'],
    ...(parts.levels.length > 0 ? { levels: parts.levels } : {}),
    baseline: { year: row.baseline_year, value: row.baseline_value },
    targets: parts.targets,
    actuals: parts.actuals,
    ...(source ? { source } : {}),
    ...(row.owner_id !== null ? { ownerId: row.owner_id } : {}),
    updatedAt: row.updated_at,
  }
}

async function readParts(db: Kysely<Schema>, indicatorId?: string) {
  const only = indicatorId !== undefined
  const [levels, targets, actuals] = await Promise.all([
    db
      .selectFrom('indicator_levels')
      .selectAll()
      .$if(only, (q) => q.where('indicator_id', '=', indicatorId as string))
      .orderBy('indicator_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('indicator_targets')
      .selectAll()
      .$if(only, (q) => q.where('indicator_id', '=', indicatorId as string))
      .orderBy('indicator_id')
      .orderBy('year')
      .execute(),
    db
      .selectFrom('indicator_actuals')
      .selectAll()
      .$if(only, (q) => q.where('indicator_id', '=', indicatorId as string))
      .orderBy('indicator_id')
      .orderBy('year')
      .execute(),
  ])
  const levelsOf = groupBy(
    levels,
    (r) => r.indicator_id,
    (r) => readRequiredLocalized(r, 'label', `level ${r.position} of indicator ${r.indicator_id}`),
  )
  const yearValue = (r: YearValue) => ({ year: r.year, value: r.value })
  const targetsOf = groupBy(targets, (r) => r.indicator_id, yearValue)
  const actualsOf = groupBy(actuals, (r) => r.indicator_id, yearValue)
  return (id: string): Parts => ({ levels: levelsOf(id), targets: targetsOf(id), actuals: actualsOf(id) })
}

export async function listIndicators(db: Kysely<Schema>): Promise<Indicator[]> {
  const [rows, parts] = await Promise.all([
    db.selectFrom('indicators').selectAll().orderBy('position').orderBy('id').execute(),
    readParts(db),
  ])
  return rows.map((row) => toIndicator(row, parts(row.id)))
}

export async function getIndicator(db: Kysely<Schema>, id: string): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  return toIndicator(row, (await readParts(db, id))(id))
}
