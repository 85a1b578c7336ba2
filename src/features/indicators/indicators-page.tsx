import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { indicatorQueries } from '../../api/indicators'
import { QueryState } from '../../components/query-state'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { PageHeader } from '../../components/page-header'
import { assessProgress, progressStatuses, type ProgressStatus } from '../../domain/progress-status'
import { isSdgTarget, sdgTargets } from '../../domain/sdg-targets'
import { validListValues, type IgnoredValue } from '../../domain/url-params'
import { IndicatorFilters } from './components/indicator-filters'
import { IndicatorTable } from './components/indicator-table'

function isProgressStatus(value: string): value is ProgressStatus {
  return (progressStatuses as readonly string[]).includes(value)
}

/** `/indicators?status=deterioration,limited_progress&target=4.7`: the same rules as the activity filters. */
function useIndicatorFilters() {
  const [params, setParams] = useSearchParams()
  const ignored: IgnoredValue[] = []
  const statuses = validListValues(params, 'status', isProgressStatus, ignored)
  const targets = validListValues(params, 'target', isSdgTarget, ignored)
  const set = (name: 'status' | 'target', values: string[]) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (values.length) next.set(name, values.join(','))
      else next.delete(name)
      return next
    })
  return {
    statuses,
    targets,
    ignored,
    setStatuses: (v: string[]) => set('status', v),
    setTargets: (v: string[]) => set('target', v),
  }
}

export function IndicatorsPage() {
  const { t } = useTranslation()
  const indicators = useQuery(indicatorQueries.list())
  const filters = useIndicatorFilters()
  const assessed = useMemo(
    () => (indicators.data ?? []).map((indicator) => ({ indicator, assessment: assessProgress(indicator) })),
    [indicators.data],
  )
  const inTargets = assessed.filter(
    ({ indicator }) =>
      filters.targets.length === 0 || (filters.targets as readonly string[]).includes(indicator.sdgTarget),
  )
  const counts = Object.fromEntries(
    progressStatuses.map((s) => [s, inTargets.filter((a) => a.assessment.status === s).length]),
  ) as Record<ProgressStatus, number>
  const shown = inTargets.filter(
    ({ assessment }) => filters.statuses.length === 0 || filters.statuses.includes(assessment.status),
  )
  const groups = [...sdgTargets, 'other'].map((target) => ({
    target,
    rows: shown.filter(({ indicator }) =>
      target === 'other' ? !isSdgTarget(indicator.sdgTarget) : indicator.sdgTarget === target,
    ),
  }))

  return (
    <>
      <PageHeader title={t('pages.indicators.title')} />
      <IgnoredValuesNotice ignored={filters.ignored} />
      <IndicatorFilters
        counts={indicators.isSuccess ? counts : undefined}
        statuses={filters.statuses}
        targets={filters.targets}
        onStatuses={filters.setStatuses}
        onTargets={filters.setTargets}
      />
      <p role="status" className="result-count">
        {indicators.isSuccess
          ? t('indicators.count', { count: assessed.length, shown: shown.length, total: assessed.length })
          : ''}
      </p>
      <QueryState query={indicators} what={t('common.theIndicators')} lines={8} />
      {indicators.isSuccess && shown.length === 0 && <p className="empty-state">{t('indicators.noMatch')}</p>}
      {groups
        .filter((group) => group.rows.length > 0)
        .map((group) => (
          <section key={group.target} aria-labelledby={`target-${group.target}`}>
            <h2 id={`target-${group.target}`}>
              {group.target === 'other'
                ? t('indicators.otherTargets')
                : t('filters.targetOption', { target: group.target })}
            </h2>
            <IndicatorTable
              rows={group.rows}
              caption={
                group.target === 'other'
                  ? t('indicators.otherTargets')
                  : t('filters.targetOption', { target: group.target })
              }
            />
          </section>
        ))}
    </>
  )
}
