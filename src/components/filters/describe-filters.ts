import type { TFunction } from 'i18next'
import type { Owner } from '../../api/schemas'
import { pickText } from '../../domain/localized-text'
import type { TaskFilters } from '../../domain/task-filters'
import type { Language } from '../../i18n/languages'

/** The filters as one line of text, for the overview, slide footers and file names alike. */
export function describeFilters(
  filters: TaskFilters,
  owners: ReadonlyMap<string, Owner> | undefined,
  language: Language,
  t: TFunction,
): string {
  const ownerName = (id: string) => {
    const owner = owners?.get(id)
    return owner ? pickText(owner.shortName ?? owner.name, language).text : id
  }
  const parts = [
    filters.statuses.length > 0 &&
      `${t('filters.status')}: ${filters.statuses.map((s) => t(`status.${s}`)).join(', ')}`,
    filters.overdue && t('filters.overdueOnly'),
    filters.owners.length > 0 && `${t('filters.owner')}: ${filters.owners.map(ownerName).join(', ')}`,
    filters.targets.length > 0 && `${t('filters.target')}: ${filters.targets.join(', ')}`,
    filters.q && `${t('filters.search')}: “${filters.q}”`,
  ].filter(Boolean)
  return parts.length > 0 ? parts.join('; ') : t('filters.none')
}
