import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { useTaskFilters } from '../../components/filters/use-task-filters'
import { PageHeader } from '../../components/page-header'
import { Skeleton } from '../../components/skeleton'
import { useOwners } from '../../components/use-owners'
import { emptyFilters } from '../../domain/task-filters'
import { useFormat } from '../../i18n/use-format'
import { TaskFiltersPanel } from './components/task-filters-panel'
import { TasksTable } from '../../components/tasks-table'
import { downloadBlob } from '../../components/download'
import { tasksCsv, tasksCsvFileName } from './export-tasks-csv'
import { useVisibleTasks } from './hooks/use-visible-tasks'

export function TasksPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { language } = format
  const { query: ownersQuery, byId: owners } = useOwners()
  const knownOwnerIds = useMemo(() => (owners ? new Set(owners.keys()) : undefined), [owners])
  const { filters, controls, ignored, setFilters, searchParams } = useTaskFilters(knownOwnerIds)
  const { query, visible, counts, total, today } = useVisibleTasks(filters, owners)

  const exportCsv = () =>
    downloadBlob(
      new Blob([tasksCsv({ tasks: visible, owners, filters, today, language, t })], { type: 'text/csv;charset=utf-8' }),
      tasksCsvFileName({ filters, today, t }),
    )

  return (
    <>
      <PageHeader title={t('pages.tasks.title')}>
        <div className="page-actions no-print">
          <Link className="button button--secondary" to={`/present?${searchParams.toString()}`}>
            {t('tasks.present')}
          </Link>
          <button
            type="button"
            className="button"
            onClick={exportCsv}
            disabled={!query.isSuccess || visible.length === 0}
          >
            {t('tasks.exportCsv')}
          </button>
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={ignored} />
      {ownersQuery.isError && (
        <ErrorPanel what={t('tasks.theOwners')} error={ownersQuery.error} onRetry={() => void ownersQuery.refetch()} />
      )}
      <TaskFiltersPanel filters={controls} counts={counts} owners={ownersQuery.data} onChange={setFilters} />
      <p role="status" className="result-count">
        {query.isSuccess
          ? t('tasks.count', {
              count: total,
              shown: format.number(visible.length),
              total: format.number(total),
            })
          : ''}
      </p>
      {query.isPending && <Skeleton lines={8} />}
      {query.isError && (
        <ErrorPanel what={t('tasks.theActivities')} error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.isSuccess && visible.length === 0 && (
        <div className="empty-state">
          <p>{total === 0 ? t('tasks.emptyPlan') : t('tasks.noMatch')}</p>
          {total > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => setFilters({ ...emptyFilters, sort: filters.sort })}
            >
              {t('filters.clear')}
            </button>
          )}
        </div>
      )}
      {visible.length > 0 && (
        <TasksTable
          tasks={visible}
          owners={owners}
          sort={filters.sort}
          today={today}
          onSort={(sort) => setFilters({ ...filters, sort })}
        />
      )}
    </>
  )
}
