import type { ReactNode } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { Link } from '../../../router/links'
import type { Indicator } from '../../../api/schemas'
import { SvgIcon } from '../../../components/icons/svg-icon'
import { IndicatorValue } from '../../../components/indicator-value'
import { Localized } from '../../../components/localized'
import { SlottedText, slot } from '../../../components/slotted-text'
import { Sparkline } from '../../../components/sparkline'
import { StatusBadge } from '../../../components/status-badge'
import type { AssessedIndicator } from '../../../domain/indicator-filters'
import { expectedInYear, type YearValue } from '../../../domain/progress-status'
import type { SdgTarget } from '../../../domain/sdg-targets'

export interface IndicatorGroup {
  target: SdgTarget | 'other'
  rows: AssessedIndicator[]
}

const columnCount = 9

/** PRODUCT.md's "latest (year; marked when older than two years)", counted in calendar years from today's. */
const isStale = (year: number, currentYear: number) => currentYear - year > 2

/** One table for all indicators, a row group per SDG target, the same columns throughout. */
export function IndicatorTable({ groups, currentYear }: { groups: IndicatorGroup[]; currentYear: number }) {
  const { t } = useTranslation()
  return (
    <>
      <div className="indicator-table-scroll">
        <table className="data-table indicator-table">
          <caption className="visually-hidden">{t('indicators.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.columns.code')}</th>
              <th scope="col">{t('indicators.columns.name')}</th>
              <th scope="col" className="cell-value">
                {t('indicators.columns.baseline')}
              </th>
              <th scope="col" className="cell-value">
                {t('indicators.columns.expected', { year: currentYear })}
              </th>
              <th scope="col" className="cell-value">
                {t('indicators.columns.latest')}
              </th>
              <th scope="col" className="cell-value">
                {t('indicators.columns.target')}
              </th>
              <th scope="col">{t('indicators.columns.direction')}</th>
              <th scope="col">{t('indicators.columns.status')}</th>
              <th scope="col">{t('indicators.columns.trend')}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <TargetRows key={group.target} group={group} currentYear={currentYear} />
          ))}
        </table>
      </div>
      <p className="table-note">{t('indicators.staleNote', { year: currentYear - 3 })}</p>
      <p className="table-note">{t('indicators.trendNote')}</p>
    </>
  )
}

type Underscored<T extends string> = T extends `${infer Head}.${infer Tail}` ? `${Head}_${Tail}` : never

function TargetRows({ group, currentYear }: { group: IndicatorGroup; currentYear: number }) {
  const { t } = useTranslation()
  const id = `target-${group.target}`
  const label =
    group.target === 'other'
      ? t('indicators.otherTargets')
      : t('indicators.targetGroup', {
          target: group.target,
          name: t(`indicators.targetNames.${group.target.replace('.', '_') as Underscored<SdgTarget>}`),
        })
  return (
    <tbody aria-labelledby={id}>
      <tr className="indicator-table__group">
        <th scope="rowgroup" colSpan={columnCount} id={id}>
          {label}
        </th>
      </tr>
      {group.rows.map((row) => (
        <IndicatorRow key={row.indicator.id} row={row} currentYear={currentYear} />
      ))}
    </tbody>
  )
}

function IndicatorRow({
  row: { indicator, assessment },
  currentYear,
}: {
  row: AssessedIndicator
  currentYear: number
}) {
  const { t } = useTranslation()
  const expected = expectedInYear(indicator, currentYear)
  const latest = assessment.latest
  const valueCell = `cell-value${indicator.unit === 'level' ? ' cell-value--stage' : ''}`
  return (
    <tr>
      <td className="cell-code">{indicator.code}</td>
      <th scope="row" className="indicator-table__name">
        <Link to={`/indicators/${encodeURIComponent(indicator.id)}`}>
          <Localized text={indicator.name} />
        </Link>
      </th>
      <td className={valueCell}>
        <ValueInYear point={indicator.baseline} indicator={indicator} />
      </td>
      <td className={valueCell}>
        {expected ? (
          <IndicatorValue value={expected.value} indicator={indicator} />
        ) : (
          <NoValue>{t('indicators.noExpected')}</NoValue>
        )}
      </td>
      <td className={valueCell}>
        {latest ? (
          <>
            <ValueInYear point={latest} indicator={indicator} />
            {isStale(latest.year, currentYear) && <span className="stale-flag">{t('indicators.stale')}</span>}
          </>
        ) : (
          <NoValue>{t('indicators.noActual')}</NoValue>
        )}
      </td>
      <td className={valueCell}>
        {assessment.finalTarget ? <ValueInYear point={assessment.finalTarget} indicator={indicator} /> : '—'}
      </td>
      <td className="cell-direction">
        <Direction direction={indicator.direction} />
      </td>
      <td>
        <StatusBadge status={assessment.status} />
      </td>
      <td>
        <Sparkline indicator={indicator} />
      </td>
    </tr>
  )
}

function ValueInYear({ point, indicator }: { point: YearValue; indicator: Indicator }) {
  const { t } = useTranslation()
  return (
    <SlottedText
      text={t('indicatorDetail.valueInYear', { value: slot('value'), year: slot('year') })}
      slots={{
        value: <IndicatorValue value={point.value} indicator={indicator} />,
        year: <span className="value-year">{point.year}</span>,
      }}
    />
  )
}

/** A dash to the eye, the reason in words for screen readers. */
function NoValue({ children }: { children: ReactNode }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{children}</span>
    </>
  )
}

/** A straight arrow up or down, unlike the progress statuses' slanted ones: which way the indicator should move. */
function BetterWayIcon({ direction }: { direction: Indicator['direction'] }) {
  return (
    <SvgIcon>
      {direction === 'increase' ? (
        <path d="M8 14V2.5M3.5 7 8 2.5 12.5 7" />
      ) : (
        <path d="M8 2v11.5M3.5 9 8 13.5 12.5 9" />
      )}
    </SvgIcon>
  )
}

/** ↑ better / ↓ better: the arrow is decoration, the words say which way is better. */
function Direction({ direction }: { direction: Indicator['direction'] }) {
  const { t } = useTranslation()
  const words = t(`indicators.direction.${direction}`)
  return (
    <>
      <span aria-hidden="true" className="direction" title={words}>
        <BetterWayIcon direction={direction} /> {t('indicators.direction.better')}
      </span>
      <span className="visually-hidden">{words}</span>
    </>
  )
}
