import type { TFunction } from '../../i18n/translator'
import type { Indicator } from '../../api/schemas'
import { safeFileName } from '../../domain/csv'
import type { ExportCell, ExportTable } from '../../domain/export-table'
import { writeIndicatorFilters, type AssessedIndicator, type IndicatorFilters } from '../../domain/indicator-filters'
import { expectedInYear, type YearValue } from '../../domain/progress-status'
import type { Language } from '../../i18n/languages'
import { pickText } from '../../i18n/localized-text'

interface ExportInput {
  rows: AssessedIndicator[]
  currentYear: number
  language: Language
  t: TFunction
}

/** A value as the table shows it: a number in the indicator's unit, or a stage's name for a `level` indicator. */
function valueCell(indicator: Indicator, value: number | undefined, language: Language): ExportCell {
  if (value === undefined) return null
  const stage = indicator.unit === 'level' ? indicator.levels?.[Math.round(value)] : undefined
  return stage ? pickText(stage, language).text : value
}

/** The indicators on screen, in their order, each value beside its year, statuses and directions in words. */
export function indicatorsTable({ rows, currentYear, language, t }: ExportInput): ExportTable {
  const point = (indicator: Indicator, at: YearValue | undefined): ExportCell[] => [
    valueCell(indicator, at?.value, language),
    at?.year ?? null,
  ]
  return {
    title: t('excelExport.indicators.fileName'),
    columns: [
      { header: t('indicators.columns.code'), kind: 'text' },
      { header: t('indicators.columns.name'), kind: 'text' },
      { header: t('excelExport.indicators.sdgTarget'), kind: 'text' },
      { header: t('excelExport.indicators.unit'), kind: 'text' },
      { header: t('indicators.columns.baseline'), kind: 'number' },
      { header: t('excelExport.indicators.baselineYear'), kind: 'number' },
      { header: t('indicators.columns.expected', { year: currentYear }), kind: 'number' },
      { header: t('indicators.columns.latest'), kind: 'number' },
      { header: t('excelExport.indicators.latestYear'), kind: 'number' },
      { header: t('indicators.columns.target'), kind: 'number' },
      { header: t('excelExport.indicators.targetYear'), kind: 'number' },
      { header: t('indicators.columns.direction'), kind: 'text' },
      { header: t('indicators.columns.status'), kind: 'text' },
    ],
    rows: rows.map(({ indicator, assessment }) => [
      indicator.code,
      pickText(indicator.name, language).text,
      indicator.sdgTarget,
      t(`reportValue.units.${indicator.unit}`),
      ...point(indicator, indicator.baseline),
      valueCell(indicator, expectedInYear(indicator, currentYear)?.value, language),
      ...point(indicator, assessment.latest),
      ...point(indicator, assessment.finalTarget),
      t(`indicators.direction.${indicator.direction}`),
      t(`progress.${assessment.status}`),
    ]),
  }
}

/** Named like the activities' exports: what, today's date, and the view's filters. */
export function indicatorsFileName({ filters, today, t }: { filters: IndicatorFilters; today: string; t: TFunction }) {
  const filterPart = decodeURIComponent(writeIndicatorFilters(new URLSearchParams(), filters).toString())
  return `${safeFileName(t('excelExport.indicators.fileName'), today, filterPart.replace(/&/g, '_'))}.xlsx`
}
