import type { TFunction } from '../../i18n/translator'
import type { Owner } from '../../api/schemas'
import { pickText } from '../../i18n/localized-text'
import { staleAfterDays } from '../../domain/attention'
import type { TaskFilters } from '../../domain/task-filters'
import type { Language } from '../../i18n/languages'

/** A piece of the description: words in the interface language, or an organisation named by the API. */
export type FilterPiece = string | { ownerId: string }

/** The filters in words, as pieces: "Status: Delayed; Responsible organisation: ", {ownerId}, "; SDG target: 4.7". */
export function describeFilterPieces(filters: TaskFilters, t: TFunction): FilterPiece[] {
  const parts: FilterPiece[][] = []
  if (filters.statuses.length > 0) {
    parts.push([`${t('filters.status')}: ${filters.statuses.map((s) => t(`status.${s}`)).join(', ')}`])
  }
  if (filters.overdue) parts.push([t('filters.overdueOnly')])
  if (filters.attention.length > 0) {
    const flags = filters.attention.map((flag) =>
      flag === 'late' ? t('filters.attentionLate') : t('filters.attentionStale', { days: staleAfterDays }),
    )
    parts.push([`${t('filters.attention')}: ${flags.join(', ')}`])
  }
  if (filters.owners.length > 0) {
    parts.push([
      `${t('filters.owner')}: `,
      ...filters.owners.flatMap((ownerId, i): FilterPiece[] => (i === 0 ? [{ ownerId }] : [', ', { ownerId }])),
    ])
  }
  if (filters.targets.length > 0) parts.push([`${t('filters.target')}: ${filters.targets.join(', ')}`])
  if (filters.q) parts.push([`${t('filters.search')}: “${filters.q}”`])
  if (parts.length === 0) return [t('filters.none')]
  return parts.flatMap((part, i) => (i === 0 ? part : ['; ', ...part]))
}

/** The same as one line of plain text, for file names and documents that cannot mark a language. */
export function describeFilters(
  filters: TaskFilters,
  owners: ReadonlyMap<string, Owner> | undefined,
  language: Language,
  t: TFunction,
): string {
  return describeFilterPieces(filters, t)
    .map((piece) => {
      if (typeof piece === 'string') return piece
      const owner = owners?.get(piece.ownerId)
      return owner ? pickText(owner.shortName ?? owner.name, language).text : piece.ownerId
    })
    .join('')
}
