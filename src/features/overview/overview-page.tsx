import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { indicatorQueries } from '../../api/indicators'
import { QueryError, QueryState } from '../../components/query-state'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { useFilteredTasks } from '../../components/filters/use-filtered-tasks'
import { PageHeader } from '../../components/page-header'
import { Skeleton } from '../../components/skeleton'
import { useLandscapePrint } from '../../components/use-landscape-print'
import {
  headlineFigures,
  indicatorsNeedingAttention,
  tasksNeedingAttention,
  upcomingDeadlines,
} from '../../domain/plan-figures'
import { hasActiveFilters } from '../../domain/task-filters'
import { AttentionIndicators, AttentionTasks, UpcomingTasks } from './components/attention-lists'
import { FilterSummary } from '../../components/filters/filter-summary'
import { HeadlineFigures } from './components/headline-figures'
import { OverviewCharts } from './components/overview-charts'
import './overview.css'

export function OverviewPage() {
  const { t } = useTranslation()
  const { tasksQuery: tasks, ownersQuery, owners, filters, ignored, searchParams, selected, today } = useFilteredTasks()
  const indicators = useQuery(indicatorQueries.list())
  useLandscapePrint()
  const figures = useMemo(() => headlineFigures(selected, indicators.data, today), [selected, indicators.data, today])

  return (
    <>
      <PageHeader title={t('pages.overview.title')}>
        <div className="page-actions no-print">
          <Link className="button" to={`/present?${searchParams.toString()}`}>
            {t('common.presentThisView')}
          </Link>
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={ignored} />
      {hasActiveFilters(filters) && <FilterSummary filters={filters} owners={owners} />}
      <QueryError query={ownersQuery} what={t('common.theOwners')} />

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="visually-hidden">
          {t('common.figures.heading')}
        </h2>
        <QueryState query={tasks} what={t('common.theActivities')} lines={3} height="7rem" />
        {tasks.isSuccess && (
          <HeadlineFigures figures={figures} filters={filters} indicatorsReady={indicators.isSuccess} />
        )}
        <p className="filter-hint">
          {t('filters.delayedVsOverdue')} <Link to="/statuses">{t('statuses.link')}</Link>
        </p>
      </section>

      {tasks.isSuccess && <OverviewCharts tasks={selected} owners={owners} filters={filters} today={today} />}

      <div className="attention-grid">
        <section aria-labelledby="attention-heading">
          <h2 id="attention-heading">{t('overview.attention.heading')}</h2>
          <h3>{t('overview.attention.tasks')}</h3>
          {tasks.isPending && <Skeleton lines={4} />}
          {tasks.isSuccess && (
            <AttentionTasks tasks={tasksNeedingAttention(selected, today)} owners={owners} today={today} />
          )}
          <h3>{t('overview.attention.indicators')}</h3>
          <QueryState query={indicators} what={t('common.theIndicators')} lines={3} />
          {indicators.isSuccess && <AttentionIndicators items={indicatorsNeedingAttention(indicators.data)} />}
        </section>
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t('overview.upcoming.heading')}</h2>
          {tasks.isPending && <Skeleton lines={4} />}
          {tasks.isSuccess && (
            <UpcomingTasks tasks={upcomingDeadlines(selected, today)} owners={owners} today={today} />
          )}
        </section>
      </div>
    </>
  )
}
