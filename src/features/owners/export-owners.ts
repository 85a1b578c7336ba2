import type { TFunction } from '../../i18n/translator'
import { taskStatuses, type Owner } from '../../api/schemas'
import { safeFileName } from '../../domain/csv'
import type { ExportColumn, ExportTable } from '../../domain/export-table'
import type { OwnerScore } from '../../domain/owner-scorecard'
import type { Language } from '../../i18n/languages'
import { pickText } from '../../i18n/localized-text'

interface ExportInput {
  scores: OwnerScore[]
  owners: ReadonlyMap<string, Owner> | undefined
  language: Language
  t: TFunction
}

/** The scorecard as on screen, in its sort order: counts as numbers, the completed share as a percentage. */
export function ownersTable({ scores, owners, language, t }: ExportInput): ExportTable {
  const columns: ExportColumn[] = [
    { header: t('common.columns.owner'), kind: 'text' },
    { header: t('owners.columns.total'), kind: 'number' },
    ...taskStatuses.map((status): ExportColumn => ({ header: t(`status.${status}`), kind: 'number' })),
    { header: t('common.figures.overdue'), kind: 'number' },
    { header: t('owners.columns.completedPercent'), kind: 'percent' },
    { header: t('owners.columns.indicators'), kind: 'number' },
    { header: t('excelExport.owners.indicators'), kind: 'number' },
  ]
  return {
    title: t('excelExport.owners.fileName'),
    columns,
    rows: scores.map((score) => {
      const owner = owners?.get(score.ownerId)
      return [
        owner ? pickText(owner.name, language).text : score.ownerId,
        score.total,
        ...taskStatuses.map((status) => score.byStatus[status]),
        score.overdue,
        score.completedPercent,
        score.indicatorsOffTrack,
        score.indicators,
      ]
    }),
  }
}

export function ownersFileName({ today, t }: { today: string; t: TFunction }): string {
  return `${safeFileName(t('excelExport.owners.fileName'), today)}.xlsx`
}
