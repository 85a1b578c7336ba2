import { useScreenQuery } from '../../components/use-screen-query'
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { useSearchParams } from '../../router/hooks'
import { indicatorQueries } from '../../api/indicators'
import { taskQueries } from '../../api/tasks'
import { OwnerChartFrame } from '../../components/charts/owner-chart-frame'
import { ErrorPanel } from '../../components/error-panel'
import { ExcelExportButton } from '../../components/excel-export-button'
import { QueryError } from '../../components/query-state'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { OwnerName, ownerLabel } from '../../components/owner-name'
import { PageHeader } from '../../components/page-header'
import { SlottedText, slot } from '../../components/slotted-text'
import { Skeleton } from '../../components/skeleton'
import { useOwners } from '../../components/use-owners'
import { localToday } from '../../domain/calendar'
import {
  ownerScorecard,
  parseScoreSort,
  writeScoreSort,
  type OwnerScore,
  type ScoreSortKey,
} from '../../domain/owner-scorecard'
import { intlLocales } from '../../i18n/languages'
import { useLanguage } from '../../i18n/use-language'
import { ScorecardTable } from './components/scorecard-table'
import { ownersFileName, ownersTable } from './export-owners'

export function OwnersPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const [params, setParams] = useSearchParams()
  const { query: ownersQuery, byId: owners } = useOwners()
  const tasks = useScreenQuery(taskQueries.list())
  const indicators = useScreenQuery(indicatorQueries.list())
  const { sort, ignored } = parseScoreSort(params)
  const today = localToday()

  const scores = useMemo(() => {
    if (!ownersQuery.data || !tasks.data) return []
    const list = ownerScorecard(ownersQuery.data, tasks.data, indicators.data ?? [], today)
    const collator = new Intl.Collator(intlLocales[language])
    const name = (score: OwnerScore) => {
      return ownerLabel(owners, score.ownerId, language, { short: false }).text
    }
    const value: Record<ScoreSortKey, (s: OwnerScore) => number> = {
      name: () => 0,
      total: (s) => s.total,
      delayed: (s) => s.byStatus.delayed,
      overdue: (s) => s.overdue,
      completedPercent: (s) => s.completedPercent ?? -1,
      indicatorsOffTrack: (s) => s.indicatorsOffTrack,
    }
    const direction = sort.descending ? -1 : 1
    return list.sort(
      (a, b) => direction * (value[sort.key](a) - value[sort.key](b) || collator.compare(name(a), name(b))),
    )
  }, [ownersQuery.data, tasks.data, indicators.data, today, language, owners, sort.key, sort.descending])

  const error = ownersQuery.error ?? tasks.error
  const withActivities = scores.filter((s) => s.total > 0)
  const mostOverdue = [...scores].sort((a, b) => b.overdue - a.overdue)[0]

  return (
    <>
      <PageHeader title={t('pages.owners.title')}>
        <div className="page-actions no-print">
          <ExcelExportButton
            table={() => ownersTable({ scores, owners, language, t })}
            fileName={() => ownersFileName({ today, t })}
            disabled={scores.length === 0}
          />
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={ignored} />
      {(ownersQuery.isPending || tasks.isPending) && <Skeleton lines={8} />}
      {error && (
        <ErrorPanel
          what={ownersQuery.error ? t('common.theOwners') : t('common.theActivities')}
          error={error}
          onRetry={() => void (ownersQuery.error ? ownersQuery.refetch() : tasks.refetch())}
        />
      )}
      <QueryError query={indicators} what={t('common.theIndicators')} />
      {scores.length > 0 && (
        <>
          <ScorecardTable
            scores={scores}
            owners={owners}
            sort={sort}
            onSort={(next) => setParams((current) => writeScoreSort(current, next))}
          />
          <OwnerChartFrame
            title={t('owners.chartTitle')}
            summary={
              mostOverdue && mostOverdue.overdue > 0 ? (
                <SlottedText
                  text={t('owners.chartSummary', { owner: slot('owner'), count: mostOverdue.overdue })}
                  slots={{ owner: <OwnerName id={mostOverdue.ownerId} owners={owners} short /> }}
                />
              ) : (
                t('owners.chartSummaryNone')
              )
            }
            rows={withActivities.map((score) => ({ key: score.ownerId, counts: score.byStatus, total: score.total }))}
            owners={owners}
            linkTo={(ownerId) => `/owners/${encodeURIComponent(ownerId)}`}
          />
        </>
      )}
    </>
  )
}
