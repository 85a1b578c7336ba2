import { Fragment } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import type { Owner } from '../../api/schemas'
import type { TaskFilters } from '../../domain/task-filters'
import { OwnerName } from '../owner-name'
import { describeFilterPieces } from './describe-filters'

interface FilterDescriptionProps {
  filters: TaskFilters
  owners: ReadonlyMap<string, Owner> | undefined
}

/** The active filters in words; organisation names keep their own language. */
export function FilterDescription({ filters, owners }: FilterDescriptionProps) {
  const { t } = useTranslation()
  return (
    <>
      {describeFilterPieces(filters, t).map((piece, index) => (
        <Fragment key={index}>
          {typeof piece === 'string' ? piece : <OwnerName id={piece.ownerId} owners={owners} short />}
        </Fragment>
      ))}
    </>
  )
}

/** "Active filters: Status: Delayed; SDG target: 4.7". */
export function FilterSummary(props: FilterDescriptionProps) {
  const { t } = useTranslation()
  return (
    <p className="filter-summary">
      <strong>{t('filters.active')}:</strong> <FilterDescription {...props} />
    </p>
  )
}
