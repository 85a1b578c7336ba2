import { useMemo } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { QueryError, QueryState } from '../../components/query-state'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { useFilteredTasks } from '../../components/filters/use-filtered-tasks'
import { useTaskSort } from '../../components/filters/use-task-sort'
import { PageHeader } from '../../components/page-header'
import { emptyFilters, statusCounts } from '../../domain/task-filters'
import { useFormat } from '../../i18n/use-format'
import { TaskFiltersPanel } from './components/task-filters-panel'
import { TasksTable } from '../../components/tasks-table/tasks-table'
import { downloadBlob } from '../../components/download'
import { ExcelExportButton } from '../../components/excel-export-button'
import { tasksCsv, tasksFileName, tasksTable } from './export-tasks'

export function TasksPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { language } = format
  const order = useTaskSort()
  const {
    tasksQuery: query,
    ownersQuery,
    owners,
    filters,
    controls,
    ignored,
    setFilters,
    searchParams,
    selected: visible,
    today,
    context,
  } = useFilteredTasks(order.sort)
  // How many each status would show under the other filters (the sort does not change them).
  const counts = useMemo(
    () => (query.data ? statusCounts(query.data, filters, today, context) : undefined),
    [query.data, filters, today, context],
  )
  const total = query.data?.length ?? 0

  const exportInput = { tasks: visible, owners, filters, today, language, t }
  const exportCsv = () =>
    downloadBlob(
      new Blob([tasksCsv(exportInput)], { type: 'text/csv;charset=utf-8' }),
      tasksFileName(exportInput, 'csv'),
    )

  return (
    <>
      <PageHeader title={t('pages.tasks.title')}>
        <div className="page-actions no-print">
          <Link className="button button--secondary" to={`/present?${searchParams.toString()}`}>
            {t('common.presentThisView')}
          </Link>
          <button
            type="button"
            className="button"
            onClick={exportCsv}
            disabled={!query.isSuccess || visible.length === 0}
          >
            {t('common.exportCsv')}
          </button>
          <ExcelExportButton
            table={() => tasksTable(exportInput)}
            fileName={() => tasksFileName(exportInput, 'xlsx')}
            disabled={!query.isSuccess || visible.length === 0}
          />
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={[...ignored, ...order.ignored]} />
      <QueryError query={ownersQuery} what={t('common.theOwners')} />
      <TaskFiltersPanel
        filters={controls}
        sort={order.control}
        counts={counts}
        owners={ownersQuery.data}
        onChange={setFilters}
        onSort={order.setSort}
      />
      <p role="status" className="result-count">
        {query.isSuccess
          ? t('tasks.count', {
              count: total,
              shown: format.number(visible.length),
              total: format.number(total),
            })
          : ''}
      </p>
      <QueryState query={query} what={t('common.theActivities')} lines={8} />
      {query.isSuccess && visible.length === 0 && (
        <div className="empty-state">
          <p>{total === 0 ? t('tasks.emptyPlan') : t('tasks.noMatch')}</p>
          {total > 0 && (
            <button type="button" className="button" onClick={() => setFilters(emptyFilters)}>
              {t('filters.clear')}
            </button>
          )}
        </div>
      )}
      {visible.length > 0 && (
        <TasksTable tasks={visible} owners={owners} sort={order.sort} today={today} onSort={order.setSort} />
      )}
    </>
  )
}
