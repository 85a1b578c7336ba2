import { Fragment } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { Link } from '../../../router/links'
import { taskStatuses, type Owner } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { SortableHeader } from '../../../components/sortable-header'
import type { OwnerScore, ScoreSortKey } from '../../../domain/owner-scorecard'
import { useFormat } from '../../../i18n/use-format'

interface ScorecardTableProps {
  scores: OwnerScore[]
  owners: ReadonlyMap<string, Owner> | undefined
  sort: { key: ScoreSortKey; descending: boolean }
  onSort: (next: { key: ScoreSortKey; descending: boolean }) => void
}

export function ScorecardTable({ scores, owners, sort, onSort }: ScorecardTableProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const header = (key: ScoreSortKey, label: string) => (
    <SortableHeader sortKey={key} sort={sort} label={label} onSort={onSort} firstDescending={key !== 'name'} />
  )
  return (
    <table className="data-table scorecard">
      <caption className="visually-hidden">{t('owners.tableCaption')}</caption>
      <thead>
        <tr>
          {header('name', t('common.columns.owner'))}
          {header('total', t('owners.columns.total'))}
          {taskStatuses.map((status) =>
            status === 'delayed' ? (
              <Fragment key={status}>{header('delayed', t('status.delayed'))}</Fragment>
            ) : (
              <th key={status} scope="col" className="cell-number">
                {t(`status.${status}`)}
              </th>
            ),
          )}
          {header('overdue', t('common.figures.overdue'))}
          {header('completedPercent', t('owners.columns.completedPercent'))}
          {header('indicatorsOffTrack', t('owners.columns.indicators'))}
        </tr>
      </thead>
      <tbody>
        {scores.map((score) => {
          const owner = owners?.get(score.ownerId)
          return (
            <tr key={score.ownerId}>
              <th scope="row">
                <Link to={`/owners/${encodeURIComponent(score.ownerId)}`}>
                  {owner ? <Localized text={owner.name} /> : `${score.ownerId} (${t('common.unknownOwner')})`}
                </Link>
              </th>
              <td className="cell-number">{format.number(score.total)}</td>
              {taskStatuses.map((status) => (
                <td key={status} className="cell-number">
                  {format.number(score.byStatus[status])}
                </td>
              ))}
              <td className={score.overdue > 0 ? 'cell-number cell-alert' : 'cell-number'}>
                {format.number(score.overdue)}
              </td>
              <td className="cell-number">
                {score.completedPercent === null ? '—' : format.percent(score.completedPercent)}
              </td>
              <td className="cell-number">
                {t('owners.offTrackOf', {
                  offTrack: format.number(score.indicatorsOffTrack),
                  total: format.number(score.indicators),
                })}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
