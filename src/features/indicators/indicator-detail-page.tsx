import { useScreenQuery } from '../../components/use-screen-query'
import { lazy } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { useParams } from '../../router/hooks'
import { indicatorQueries } from '../../api/indicators'
import type { Indicator } from '../../api/schemas'
import { taskQueries } from '../../api/tasks'
import { ChartFrame } from '../../components/charts/chart-frame'
import { DetailQueryState } from '../../components/detail-query-state'
import { QueryState } from '../../components/query-state'
import { Localized } from '../../components/localized'
import { OwnerName } from '../../components/owner-name'
import { PageHeader } from '../../components/page-header'
import { StatusBadge } from '../../components/status-badge'
import { useOwners } from '../../components/use-owners'
import { indicatorYears } from '../../domain/indicator-series'
import { IndicatorValue } from '../../components/indicator-value'
import { SlottedText, slot } from '../../components/slotted-text'
import { assessProgress } from '../../domain/progress-status'
import { useFormat } from '../../i18n/use-format'
import { ReportValue } from './components/report/report-value'
import { WhyStatus } from './components/why-status'

const IndicatorChart = lazy(() => import('../../components/charts/indicator-chart'))

export function IndicatorDetailPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const indicator = useScreenQuery(indicatorQueries.detail(id))
  // useScreenQuery hands the answer over in a transition (the skeleton stays while React renders the page in slices);
  // the id check keeps a previous indicator's page from showing for a frame when the next one comes from the cache.
  const shown = indicator.data
  if (!indicator.isSuccess || shown?.id !== id) {
    return (
      <DetailQueryState
        query={indicator}
        title={t('pages.indicator.title')}
        what={t('indicatorDetail.theIndicator')}
        notFound={{
          title: t('indicatorDetail.notFound'),
          body: t('indicatorDetail.notFoundBody', { id }),
          backTo: '/indicators',
          backLabel: t('indicatorDetail.backToList'),
        }}
      />
    )
  }
  return <IndicatorView indicator={shown} />
}

function IndicatorView({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { byId: owners } = useOwners()
  const assessment = assessProgress(indicator)
  const years = indicatorYears(indicator)
  const name = format.text(indicator.name).text
  const value = (point: number | undefined) => <IndicatorValue value={point} indicator={indicator} />
  const latest = assessment.latest
  const summary = latest ? (
    <SlottedText
      text={t('indicatorDetail.chartSummary', {
        latest: slot('latest'),
        year: latest.year,
        expected: slot('expected'),
        target: slot('target'),
        targetYear: assessment.finalTarget?.year,
      })}
      slots={{
        latest: value(latest.value),
        expected: value(assessment.expected?.value),
        target: value(assessment.finalTarget?.value),
      }}
    />
  ) : (
    <SlottedText
      text={t('indicatorDetail.chartSummaryNoData', { baseline: slot('baseline'), year: indicator.baseline.year })}
      slots={{ baseline: value(indicator.baseline.value) }}
    />
  )

  return (
    <article className="indicator-detail">
      <p className="eyebrow">
        <Link to="/indicators" className="no-print">
          {t('pages.indicators.title')}
        </Link>
        <span className="no-print"> / </span>
        {indicator.code} · {t('filters.targetOption', { target: indicator.sdgTarget })}
      </p>
      <PageHeader title={<Localized text={indicator.name} />} documentTitle={`${indicator.code} ${name}`} />
      <dl className="facts">
        <div>
          <dt>{t('indicatorDetail.source')}</dt>
          <dd>{indicator.source ? <Localized text={indicator.source} /> : '—'}</dd>
        </div>
        <div>
          <dt>{t('common.columns.owner')}</dt>
          <dd>{indicator.ownerId ? <OwnerName id={indicator.ownerId} owners={owners} link /> : '—'}</dd>
        </div>
        <div>
          <dt>{t('indicatorDetail.direction')}</dt>
          <dd>{t(`indicatorDetail.directions.${indicator.direction}`)}</dd>
        </div>
      </dl>
      <ReportValue indicator={indicator} />

      <ChartFrame
        title={t('indicatorDetail.chartTitle')}
        summary={summary}
        fileName={`indicator-${indicator.code}`}
        height={340}
        table={
          <table className="data-table data-table--compact">
            <caption>{t('indicatorDetail.tableCaption', { code: indicator.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicatorDetail.year')}</th>
                <th scope="col">{t('indicatorDetail.target')}</th>
                <th scope="col">{t('indicatorDetail.expected')}</th>
                <th scope="col">{t('charts.actual')}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((row) => (
                <tr key={row.year}>
                  <th scope="row">{row.year}</th>
                  <td>
                    {value(row.target)}
                    {row.year === indicator.baseline.year && ` (${t('indicatorDetail.baselineShort')})`}
                  </td>
                  <td>{value(row.expected)}</td>
                  <td>{value(row.actual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <IndicatorChart
          indicator={indicator}
          rows={years.map(({ year, target, actual }) => ({ year, target, actual }))}
          expected={assessment.expected}
        />
      </ChartFrame>

      <WhyStatus indicator={indicator} assessment={assessment} />
      <DrivingActivities indicatorId={indicator.id} />
    </article>
  )
}

function DrivingActivities({ indicatorId }: { indicatorId: string }) {
  const { t } = useTranslation()
  const tasks = useScreenQuery(taskQueries.list())
  const driving = (tasks.data ?? []).filter((task) => task.indicatorIds.includes(indicatorId))
  return (
    <section aria-labelledby="driving-heading">
      <h2 id="driving-heading">{t('indicatorDetail.drivingActivities')}</h2>
      <QueryState query={tasks} what={t('common.theActivities')} lines={3} />
      {tasks.isSuccess && driving.length === 0 && <p>{t('indicatorDetail.noActivities')}</p>}
      {driving.length > 0 && (
        <ul className="attention-list">
          {driving.map((task) => (
            <li key={task.id}>
              <Link to={`/tasks/${encodeURIComponent(task.id)}`}>
                {task.code} <Localized text={task.title} />
              </Link>{' '}
              <StatusBadge status={task.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
