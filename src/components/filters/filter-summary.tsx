import { useTranslation } from 'react-i18next'
import type { Owner } from '../../api/schemas'
import { describeFilters } from './describe-filters'
import type { TaskFilters } from '../../domain/task-filters'
import { useLanguage } from '../../i18n/use-language'

/** The active filters in words: "Status: Delayed; SDG target: 4.7". */
export function FilterSummary({
  filters,
  owners,
}: {
  filters: TaskFilters
  owners: ReadonlyMap<string, Owner> | undefined
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <p className="filter-summary">
      <strong>{t('filters.active')}:</strong> {describeFilters(filters, owners, language, t)}
    </p>
  )
}
