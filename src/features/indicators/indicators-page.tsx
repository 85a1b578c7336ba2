import { useScreenQuery } from '../../components/use-screen-query'
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { useSearchParams } from '../../router/hooks'
import { indicatorQueries } from '../../api/indicators'
import { QueryState } from '../../components/query-state'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { ExcelExportButton } from '../../components/excel-export-button'
import { PageHeader } from '../../components/page-header'
import {
  filterIndicators,
  groupBySdgTarget,
  parseIndicatorFilters,
  writeIndicatorFilters,
  type IndicatorFilters as IndicatorFilterValues,
} from '../../domain/indicator-filters'
import { assessProgress } from '../../domain/progress-status'
import { localToday } from '../../domain/calendar'
import { useLanguage } from '../../i18n/use-language'
import { IndicatorFilters } from './components/indicator-filters'
import { IndicatorTable } from './components/indicator-table'
import { indicatorsFileName, indicatorsTable } from './export-indicators'
import './indicators.css'

/** The indicator filters from the URL, and the writer that changes one of them (a deliberate choice: history push). */
function useIndicatorFilters() {
  const [params, setParams] = useSearchParams()
  const { filters, ignored } = useMemo(() => parseIndicatorFilters(params), [params])
  const set = (patch: Partial<IndicatorFilterValues>) =>
    setParams((current) => writeIndicatorFilters(current, { ...filters, ...patch }))
  return { filters, ignored, set }
}

export function IndicatorsPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const indicators = useScreenQuery(indicatorQueries.list())
  const { filters, ignored, set } = useIndicatorFilters()
  const assessed = useMemo(
    () => (indicators.data ?? []).map((indicator) => ({ indicator, assessment: assessProgress(indicator) })),
    [indicators.data],
  )
  const { shown, counts } = filterIndicators(assessed, filters)
  const groups = groupBySdgTarget(shown)
  const today = localToday()
  const currentYear = Number(today.slice(0, 4))

  return (
    <>
      <PageHeader title={t('pages.indicators.title')}>
        <div className="page-actions no-print">
          <ExcelExportButton
            table={() => indicatorsTable({ rows: groups.flatMap((group) => group.rows), currentYear, language, t })}
            fileName={() => indicatorsFileName({ filters, today, t })}
            disabled={!indicators.isSuccess || shown.length === 0}
          />
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={ignored} />
      <IndicatorFilters
        counts={indicators.isSuccess ? counts : undefined}
        statuses={filters.statuses}
        targets={filters.targets}
        onStatuses={(statuses) => set({ statuses })}
        onTargets={(targets) => set({ targets })}
      />
      <p role="status" className="result-count">
        {indicators.isSuccess
          ? t('indicators.count', { count: assessed.length, shown: shown.length, total: assessed.length })
          : ''}
      </p>
      <QueryState query={indicators} what={t('common.theIndicators')} lines={8} />
      {indicators.isSuccess && shown.length === 0 && <p className="empty-state">{t('indicators.noMatch')}</p>}
      {groups.length > 0 && <IndicatorTable groups={groups} currentYear={currentYear} />}
    </>
  )
}
