import { useTranslation } from '../../../i18n/use-translation'
import type { Owner, TaskStatus } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { attentionFlags, staleAfterDays } from '../../../domain/attention'
import { sdgTargets, type SdgTarget } from '../../../domain/sdg-targets'
import { maySeeReports } from '../../../api/session'
import { useSession } from '../../../components/use-session'
import { emptyFilters, hasActiveFilters, type TaskFilters, type TaskSort } from '../../../domain/task-filters'
import { ChoiceListFilter } from './choice-list-filter'
import { SearchBox } from './search-box'
import { SortSelect } from './sort-select'
import { StatusFilter } from './status-filter'

interface TaskFiltersPanelProps {
  filters: TaskFilters
  sort: TaskSort
  onSort: (next: TaskSort) => void
  counts: Record<TaskStatus, number> | undefined
  owners: Owner[] | undefined
  onChange: (next: TaskFilters, options?: { replace?: boolean }) => void
}

export function TaskFiltersPanel({ filters, sort, counts, owners, onChange, onSort }: TaskFiltersPanelProps) {
  const { t } = useTranslation()
  const { user } = useSession()
  const set = (patch: Partial<TaskFilters>, options?: { replace?: boolean }) =>
    onChange({ ...filters, ...patch }, options)
  return (
    <section className="filters no-print" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t('filters.heading')}
      </h2>
      <SearchBox value={filters.q} onChange={(q) => set({ q: q.trim() }, { replace: true })} />
      <StatusFilter selected={filters.statuses} counts={counts} onChange={(statuses) => set({ statuses })} />
      <fieldset className="filter-group">
        <legend>{t('filters.attention')}</legend>
        <label className="check">
          <input type="checkbox" checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
          {t('filters.overdueOnly')}
        </label>
        {attentionFlags.map((flag) => (
          <label key={flag} className="check">
            <input
              type="checkbox"
              checked={filters.attention.includes(flag)}
              onChange={(e) =>
                set({
                  attention: attentionFlags.filter((f) =>
                    f === flag ? e.target.checked : filters.attention.includes(f),
                  ),
                })
              }
            />
            {flag === 'late' ? t('filters.attentionLate') : t('filters.attentionStale', { days: staleAfterDays })}
          </label>
        ))}
        {maySeeReports(user) && (
          <label className="check">
            <input type="checkbox" checked={filters.review} onChange={(e) => set({ review: e.target.checked })} />
            {t('filters.reviewSubmitted')}
          </label>
        )}
      </fieldset>
      <ChoiceListFilter
        legend={t('filters.owner')}
        selected={filters.owners}
        onChange={(ownerIds) => set({ owners: ownerIds })}
        choices={(owners ?? []).map((owner) => ({
          value: owner.id,
          label: <Localized text={owner.name} />,
        }))}
      />
      <ChoiceListFilter
        legend={t('filters.target')}
        selected={filters.targets}
        onChange={(targets) => set({ targets: targets as SdgTarget[] })}
        choices={sdgTargets.map((target) => ({ value: target, label: t('filters.targetOption', { target }) }))}
      />
      <SortSelect value={sort} onChange={onSort} />
      <div className="filter-group filter-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!hasActiveFilters(filters)}
          onClick={() => onChange(emptyFilters)}
        >
          {t('filters.clear')}
        </button>
      </div>
    </section>
  )
}
