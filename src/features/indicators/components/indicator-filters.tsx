import { Link } from '../../../router/links'
import { useTranslation } from '../../../i18n/use-translation'
import { progressIcon } from '../../../components/status-badge'
import { progressStatuses, type ProgressStatus } from '../../../domain/progress-status'
import { sdgTargets, type SdgTarget } from '../../../domain/sdg-targets'

interface IndicatorFiltersProps {
  counts: Record<ProgressStatus, number> | undefined
  statuses: ProgressStatus[]
  targets: SdgTarget[]
  onStatuses: (next: ProgressStatus[]) => void
  onTargets: (next: SdgTarget[]) => void
}

export function IndicatorFilters({ counts, statuses, targets, onStatuses, onTargets }: IndicatorFiltersProps) {
  const { t } = useTranslation()
  const toggle = <T extends string>(list: readonly T[], selected: readonly T[], value: T, on: boolean): T[] =>
    list.filter((v) => (v === value ? on : selected.includes(v)))
  return (
    <section className="filters no-print" aria-label={t('filters.heading')}>
      <fieldset className="filter-group">
        <legend>{t('indicators.progressStatus')}</legend>
        <p className="filter-hint">
          {t('indicators.statusHint')} <Link to="/statuses#progress-statuses">{t('statuses.link')}</Link>
        </p>
        {progressStatuses.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={statuses.includes(status)}
              onChange={(e) => onStatuses(toggle(progressStatuses, statuses, status, e.target.checked))}
            />
            <span aria-hidden="true">{progressIcon[status]}</span>
            {t(`progress.${status}`)} ({counts ? counts[status] : '…'})
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group filter-group--columns">
        <legend>{t('filters.target')}</legend>
        {sdgTargets.map((target) => (
          <label key={target} className="check">
            <input
              type="checkbox"
              checked={targets.includes(target)}
              onChange={(e) => onTargets(toggle(sdgTargets, targets, target, e.target.checked))}
            />
            {target}
          </label>
        ))}
      </fieldset>
    </section>
  )
}
