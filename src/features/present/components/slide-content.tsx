import type { TFunction } from 'i18next'
import { lazy, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { taskStatuses, type Indicator, type Owner, type Plan, type Task } from '../../../api/schemas'
import { IgnoredValuesNotice } from '../../../components/filters/ignored-values-notice'
import { Localized } from '../../../components/localized'
import type { IgnoredValue } from '../../../domain/url-params'
import { OwnerName } from '../../../components/owner-name'
import { StatusBadge, progressIcon, statusIcon } from '../../../components/status-badge'
import { StatusChange } from '../../../components/status-change'
import { indicatorYears } from '../../../domain/indicator-series'
import { daysOverdue } from '../../../domain/overdue'
import { countByStatus, headlineFigures, tasksByTarget } from '../../../domain/plan-figures'
import { assessProgress, progressStatuses } from '../../../domain/progress-status'
import type { Slide } from '../../../domain/slides'
import { useFormat } from '../../../i18n/use-format'

const StatusBarChart = lazy(() => import('../../../components/charts/status-bar-chart'))
const StackedStatusChart = lazy(() => import('../../../components/charts/stacked-status-chart'))
const IndicatorChart = lazy(() => import('../../../components/charts/indicator-chart'))

// Slides are laid out for 1280×720 and scale with the viewport; charts get a fixed size so print can draw them.
const chartSize = { width: 1100, height: 420 }
const smallChartSize = { width: 560, height: 280 }

export interface DeckData {
  plan: Plan
  tasks: Task[]
  indicators: Indicator[]
  owners: ReadonlyMap<string, Owner> | undefined
  filterText: ReactNode
  /** URL values the deck could not use: said on the title slide, as every screen says them. */
  ignored: IgnoredValue[]
  asOf: string
  today: string
}

export function slideTitle(slide: Slide, t: TFunction): string {
  const continued = 'page' in slide && slide.pages > 1 ? ` (${slide.page}/${slide.pages})` : ''
  return `${t(`present.slides.${slide.kind}`)}${continued}`
}

export function SlideContent({ slide, data }: { slide: Slide; data: DeckData }) {
  const { t } = useTranslation()
  const format = useFormat()
  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide-title">
          <p className="slide-title__plan">
            <Localized text={data.plan.title} />
          </p>
          <p>
            <Localized text={data.plan.committee} />
          </p>
          <p className="slide-title__as-of">{t('present.statusAsOf', { date: data.asOf })}</p>
          <p>{data.filterText}</p>
          <IgnoredValuesNotice ignored={data.ignored} />
        </div>
      )
    case 'figures': {
      const figures = headlineFigures(data.tasks, data.indicators, data.today)
      const items = [
        [t('common.figures.total'), format.number(figures.total)],
        [
          `${statusIcon.completed} ${t('common.figures.completed')}`,
          `${format.number(figures.byStatus.completed)} (${format.percent(figures.completedPercent)})`,
        ],
        [`${statusIcon.in_progress} ${t('status.in_progress')}`, format.number(figures.byStatus.in_progress)],
        [`${statusIcon.delayed} ${t('status.delayed')}`, format.number(figures.byStatus.delayed)],
        [`${statusIcon.not_started} ${t('status.not_started')}`, format.number(figures.byStatus.not_started)],
        [`◷ ${t('common.figures.overdue')}`, format.number(figures.overdue)],
        [
          t('common.figures.indicatorsOnTrack'),
          t('common.figures.xOfY', {
            x: format.number(figures.indicatorsOnTrack),
            y: format.number(figures.indicatorsWithData),
          }),
        ],
      ]
      return (
        <dl className="slide-figures">
          {items.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )
    }
    case 'status-chart': {
      const counts = countByStatus(data.tasks)
      return (
        <>
          <p>
            {t('charts.byStatusSummary', {
              count: counts.delayed,
              x: format.number(counts.delayed),
              total: format.number(data.tasks.length),
              completed: format.number(counts.completed),
            })}
          </p>
          <StatusBarChart counts={counts} size={chartSize} />
        </>
      )
    }
    case 'targets-chart': {
      const groups = tasksByTarget(data.tasks)
      return (
        <>
          <p className="visually-hidden">
            {groups
              .map((g) => `${g.key}: ${taskStatuses.map((s) => `${t(`status.${s}`)} ${g.counts[s]}`).join(', ')}`)
              .join('; ')}
          </p>
          <StackedStatusChart rows={groups.map((g) => ({ label: g.key, counts: g.counts }))} size={chartSize} />
        </>
      )
    }
    case 'attention':
      if (slide.tasks.length === 0) return <p className="slide-empty">{t('present.noAttention')}</p>
      return (
        <table className="slide-table">
          <thead>
            <tr>
              <th scope="col">{t('present.columns.activity')}</th>
              <th scope="col">{t('present.columns.owner')}</th>
              <th scope="col">{t('present.columns.status')}</th>
              <th scope="col" className="slide-table__number">
                {t('present.columns.overdueDays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {slide.tasks.map((task) => {
              const days = daysOverdue(task, data.today)
              return (
                <tr key={task.id}>
                  <td>
                    <span className="clamp-2">
                      {task.code} <Localized text={task.title} />
                    </span>
                  </td>
                  <td>
                    <span className="clamp-2">
                      <OwnerName id={task.ownerId} owners={data.owners} short />
                    </span>
                  </td>
                  <td>
                    <StatusBadge status={task.status} />
                  </td>
                  <td className="slide-table__number">{days > 0 ? format.number(days) : '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )
    case 'indicators-summary': {
      const statuses = data.indicators.map((i) => assessProgress(i).status)
      return (
        <dl className="slide-figures">
          {progressStatuses.map((status) => (
            <div key={status}>
              <dt>
                {progressIcon[status]} {t(`progress.${status}`)}
              </dt>
              <dd>{format.number(statuses.filter((s) => s === status).length)}</dd>
            </div>
          ))}
        </dl>
      )
    }
    case 'indicators-off-track':
      return (
        <div className="slide-indicators">
          {slide.indicators.map((indicator) => {
            const assessment = assessProgress(indicator)
            const latest = assessment.latest
            return (
              <figure key={indicator.id}>
                <figcaption>
                  <strong>{indicator.code}</strong> <Localized text={indicator.name} />
                  <br />
                  <StatusBadge status={assessment.status} />
                  {latest && ` · ${format.indicatorValue(latest.value, indicator)} (${latest.year})`}
                </figcaption>
                <IndicatorChart
                  indicator={indicator}
                  rows={indicatorYears(indicator)}
                  expected={assessment.expected}
                  compact
                  size={smallChartSize}
                />
              </figure>
            )
          })}
        </div>
      )
    case 'changes':
      if (slide.groups.length === 0) return <p className="slide-empty">{t('common.noChanges')}</p>
      return (
        <ul className="slide-list">
          {slide.groups.map((group) => {
            const task = data.tasks.find((candidate) => candidate.id === group.taskId)
            return (
              <li key={group.taskId}>
                {task ? (
                  <>
                    {task.code} <Localized text={task.title} />
                  </>
                ) : (
                  group.taskId
                )}
                {': '}
                {group.statusChange ? <StatusChange {...group.statusChange} /> : t('common.noStatusChange')}
              </li>
            )
          })}
        </ul>
      )
    case 'closing':
      return (
        <div className="slide-title">
          <p className="slide-title__plan">{t('present.thanks')}</p>
          <p>
            <Localized text={data.plan.committee} />
          </p>
        </div>
      )
  }
}
