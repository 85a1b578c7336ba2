import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { taskStatuses, type Owner, type Task } from '../../../api/schemas'
import { ChartFrame } from '../../../components/charts/chart-frame'
import { OwnerChartFrame } from '../../../components/charts/owner-chart-frame'
import { StatusTable } from '../../../components/charts/status-table'
import { OwnerName } from '../../../components/owner-name'
import { SlottedText, slot } from '../../../components/slotted-text'
import {
  countByStatus,
  deadlinesByQuarter,
  otherOwnersKey,
  quarterOf,
  tasksByOwner,
  tasksByTarget,
} from '../../../domain/plan-figures'
import { tasksListLink, type TaskFilters } from '../../../domain/task-filters'
import { useFormat } from '../../../i18n/use-format'

// recharts is only downloaded once the headline figures are on screen.
const StatusBarChart = lazy(() => import('../../../components/charts/status-bar-chart'))
const StackedStatusChart = lazy(() => import('../../../components/charts/stacked-status-chart'))
const DeadlinesChart = lazy(() => import('../../../components/charts/deadlines-chart'))

interface OverviewChartsProps {
  tasks: Task[]
  owners: ReadonlyMap<string, Owner> | undefined
  filters: TaskFilters
  today: string
}

export function OverviewCharts({ tasks, owners, filters, today }: OverviewChartsProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const navigate = useNavigate()
  const listLink = (patch: Partial<TaskFilters>) => tasksListLink(filters, patch)

  const counts = countByStatus(tasks)
  const byTarget = tasksByTarget(tasks)
  const byOwner = tasksByOwner(tasks)
  const ownerSummary = (key: string, total: number) => (
    <SlottedText
      text={t('overview.charts.byOwnerSummary', { owner: slot('owner'), count: total, x: format.number(total) })}
      slots={{ owner: <OwnerName id={key} owners={owners} short /> }}
    />
  )
  const quarters = deadlinesByQuarter(tasks)
  const quarterLabel = (quarter: string) =>
    t('overview.charts.quarter', { year: quarter.slice(0, 4), q: quarter.slice(6) })
  const busiestTarget = [...byTarget].sort((a, b) => b.total - a.total)[0]
  const currentQuarter = quarterOf(today)
  const dueSoFar = quarters.filter((q) => q.quarter <= currentQuarter)
  const dueCount = dueSoFar.reduce((sum, q) => sum + q.due, 0)
  const completedCount = dueSoFar.reduce((sum, q) => sum + q.completed, 0)

  return (
    <div className="chart-grid">
      <ChartFrame
        title={t('overview.charts.byStatus')}
        summary={t('charts.byStatusSummary', {
          count: counts.delayed,
          x: format.number(counts.delayed),
          total: format.number(tasks.length),
          completed: format.number(counts.completed),
        })}
        fileName="activities-by-status"
        table={
          <table className="data-table data-table--compact">
            <caption>{t('overview.charts.byStatus')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.columns.status')}</th>
                <th scope="col">{t('charts.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {taskStatuses.map((status) => (
                <tr key={status}>
                  <th scope="row">
                    <Link to={listLink({ statuses: [status] })}>{t(`status.${status}`)}</Link>
                  </th>
                  <td>{format.number(counts[status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <StatusBarChart counts={counts} onSelect={(status) => void navigate(listLink({ statuses: [status] }))} />
      </ChartFrame>

      <ChartFrame
        title={t('overview.charts.byTarget')}
        summary={
          busiestTarget
            ? t('overview.charts.byTargetSummary', {
                target: busiestTarget.key,
                count: busiestTarget.total,
                x: format.number(busiestTarget.total),
              })
            : t('overview.charts.noData')
        }
        fileName="activities-by-sdg-target"
        table={
          <StatusTable
            caption={t('overview.charts.byTarget')}
            groupHeader={t('filters.target')}
            rows={byTarget.map((g) => ({
              ...g,
              label: <Link to={listLink({ targets: [g.key as TaskFilters['targets'][number]] })}>{g.key}</Link>,
            }))}
          />
        }
      >
        <StackedStatusChart rows={byTarget.map((g) => ({ label: g.key, counts: g.counts }))} />
      </ChartFrame>

      <OwnerChartFrame
        title={t('overview.charts.byOwner')}
        summary={byOwner[0] ? ownerSummary(byOwner[0].key, byOwner[0].total) : t('overview.charts.noData')}
        rows={byOwner}
        owners={owners}
        linkTo={(ownerId) => listLink({ owners: [ownerId] })}
        other={{ key: otherOwnersKey, label: t('overview.charts.otherOwners') }}
      />

      <ChartFrame
        title={t('overview.charts.deadlines')}
        summary={t('overview.charts.deadlinesSummary', {
          count: completedCount,
          due: format.number(dueCount),
          completed: format.number(completedCount),
        })}
        fileName="deadlines-by-quarter"
        table={
          <table className="data-table data-table--compact">
            <caption>{t('overview.charts.deadlines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.charts.quarterHeader')}</th>
                <th scope="col">{t('charts.due')}</th>
                <th scope="col">{t('charts.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {quarters.map((q) => (
                <tr key={q.quarter}>
                  <th scope="row">{quarterLabel(q.quarter)}</th>
                  <td>{format.number(q.due)}</td>
                  <td>{format.number(q.completed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <DeadlinesChart
          rows={quarters.map((q) => ({ label: quarterLabel(q.quarter), due: q.due, completed: q.completed }))}
        />
      </ChartFrame>
    </div>
  )
}
