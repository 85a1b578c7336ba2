// @vitest-environment node
import { db } from '../../../mocks/data/db'
import { assessProgress } from '../../domain/progress-status'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import { indicatorsFileName, indicatorsTable } from './export-indicators'

const t = createI18n('en', allCatalogs).t
const rows = db.indicators.map((indicator) => ({ indicator, assessment: assessProgress(indicator) }))

test('values are numbers beside their years, a stage is its name, status and direction are words', () => {
  const table = indicatorsTable({ rows, currentYear: 2026, language: 'en', t })
  expect(table.columns.map((column) => column.header)).toContain('Expected in 2026')
  const numeric = rows.findIndex((row) => row.indicator.unit !== 'level')
  const [code, , , , baseline, baselineYear, , , , , , direction, status] = table.rows[numeric]!
  const { indicator, assessment } = rows[numeric]!
  expect([code, baseline, baselineYear]).toEqual([indicator.code, indicator.baseline.value, indicator.baseline.year])
  expect(direction).toBe(indicator.direction === 'increase' ? 'Higher is better' : 'Lower is better')
  expect(status).toBe(t(`progress.${assessment.status}`))
  const staged = rows.findIndex((row) => row.indicator.unit === 'level')
  if (staged >= 0) expect(typeof table.rows[staged]![4]).toBe('string')
})

test('the file name carries the filters', () => {
  const filters = { statuses: ['deterioration' as const], targets: ['4.7' as const] }
  expect(indicatorsFileName({ filters, today: '2026-06-01', t })).toBe(
    'indicators_2026-06-01_status-deterioration_target-4.7.xlsx',
  )
})
