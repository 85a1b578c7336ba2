import { useScreenQuery } from '../../components/use-screen-query'
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { useSearchParams } from '../../router/hooks'
import { indicatorQueries } from '../../api/indicators'
import { updateQueries } from '../../api/updates'
import { QueryError } from '../../components/query-state'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { useFilteredTasks } from '../../components/filters/use-filtered-tasks'
import { PageHeader } from '../../components/page-header'
import { Skeleton } from '../../components/skeleton'
import { useLandscapePrint } from '../../components/use-landscape-print'
import { last30Days, parseSince } from '../../domain/changes'
import { figuresOn } from '../../domain/figures-since'
import { headlineFigures, upcomingDeadlines } from '../../domain/plan-figures'
import { hasActiveFilters } from '../../domain/task-filters'
import { FilterSummary } from '../../components/filters/filter-summary'
import { AttentionSection, AttentionSkeleton } from './components/attention-section'
import { HeadlineFigures } from './components/headline-figures'
import { OverviewCharts } from './components/overview-charts'
import { UpcomingTasks } from './components/upcoming-tasks'
import './overview.css'

/** The overview: headline figures, then everything that needs attention, then the charts and what is due next. */
export function OverviewPage() {
  const { t } = useTranslation()
  const { tasksQuery: tasks, ownersQuery, owners, filters, ignored, searchParams, selected, today } = useFilteredTasks()
  const [params] = useSearchParams()
  // The figures' changes are since the same date as /changes: `since` in the URL, else 30 days ago.
  const sinceParam = useMemo(() => parseSince(params), [params])
  const since = sinceParam.since ?? last30Days(today)
  const indicators = useScreenQuery(indicatorQueries.list())
  const updates = useScreenQuery(updateQueries.since(since))
  useLandscapePrint()
  const figures = useMemo(() => headlineFigures(selected, indicators.data, today), [selected, indicators.data, today])
  const then = useMemo(
    () => (updates.data ? figuresOn(selected, updates.data, since) : undefined),
    [selected, updates.data, since],
  )

  return (
    <>
      <PageHeader title={t('pages.overview.title')}>
        <div className="page-actions no-print">
          <Link className="button" to={`/present?${searchParams.toString()}`}>
            {t('common.presentThisView')}
          </Link>
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={[...ignored, ...sinceParam.ignored]} />
      {hasActiveFilters(filters) && <FilterSummary filters={filters} owners={owners} />}
      <QueryError query={ownersQuery} what={t('common.theOwners')} />

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="visually-hidden">
          {t('common.figures.heading')}
        </h2>
        <QueryError query={tasks} what={t('common.theActivities')} />
        {!tasks.isError && (
          <HeadlineFigures
            figures={tasks.isSuccess ? figures : undefined}
            then={then}
            since={since}
            filters={filters}
            indicatorsReady={indicators.isSuccess}
          />
        )}
        <p className="filter-hint">
          {t('filters.delayedVsOverdue')} <Link to="/statuses">{t('statuses.link')}</Link>
        </p>
      </section>

      <AttentionSection
        tasks={tasks.isSuccess ? selected : undefined}
        tasksState={tasks.isPending && <AttentionSkeleton />}
        indicators={indicators.data}
        indicatorsState={
          indicators.isPending ? (
            <AttentionSkeleton />
          ) : (
            <QueryError query={indicators} what={t('common.theIndicators')} />
          )
        }
        owners={owners}
        filters={filters}
        today={today}
      />

      {!tasks.isError && (
        <OverviewCharts
          tasks={tasks.isSuccess ? selected : undefined}
          owners={owners}
          filters={filters}
          today={today}
        />
      )}

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('overview.upcoming.heading')}</h2>
        {tasks.isPending && <Skeleton lines={4} />}
        {tasks.isSuccess && (
          <UpcomingTasks tasks={upcomingDeadlines(selected, today)} owners={owners} filters={filters} today={today} />
        )}
      </section>
    </>
  )
}
