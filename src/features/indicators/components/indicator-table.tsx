import { useTranslation } from 'react-i18next'
import { StatusBadge } from '../../../components/status-badge'
import { Link } from 'react-router'
import type { Indicator } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { Sparkline } from '../../../components/sparkline'
import { IndicatorValue } from '../../../components/indicator-value'
import type { ProgressAssessment } from '../../../domain/progress-status'

interface Row {
  indicator: Indicator
  assessment: ProgressAssessment
}

export function IndicatorTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t } = useTranslation()
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.columns.code')}</th>
          <th scope="col">{t('indicators.columns.name')}</th>
          <th scope="col">{t('indicators.columns.latest')}</th>
          <th scope="col">{t('indicators.columns.target')}</th>
          <th scope="col">{t('indicators.columns.status')}</th>
          <th scope="col">{t('indicators.columns.trend')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ indicator, assessment }) => {
          const latest = assessment.latest ?? indicator.baseline
          const target = assessment.finalTarget
          return (
            <tr key={indicator.id}>
              <td className="cell-code">{indicator.code}</td>
              <td>
                <Link to={`/indicators/${encodeURIComponent(indicator.id)}`}>
                  <Localized text={indicator.name} />
                </Link>
              </td>
              <td>
                <IndicatorValue value={latest.value} indicator={indicator} />{' '}
                <span className="muted">({latest.year})</span>
              </td>
              <td>
                {target ? (
                  <>
                    <IndicatorValue value={target.value} indicator={indicator} />{' '}
                    <span className="muted">({target.year})</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <StatusBadge status={assessment.status} />
              </td>
              <td>
                <Sparkline
                  points={[indicator.baseline, ...indicator.actuals.filter((a) => a.year > indicator.baseline.year)]}
                />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
