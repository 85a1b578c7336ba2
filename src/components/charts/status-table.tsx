import type { ReactNode } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { taskStatuses, type TaskStatus } from '../../api/schemas'
import { useFormat } from '../../i18n/use-format'

export interface StatusTableRow {
  key: string
  label: ReactNode
  counts: Record<TaskStatus, number>
  total: number
}

/** A chart's numbers as a table: one row per group, a column per status. */
export function StatusTable({
  caption,
  groupHeader,
  rows,
}: {
  caption: string
  groupHeader: string
  rows: StatusTableRow[]
}) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <table className="data-table data-table--compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          {taskStatuses.map((status) => (
            <th key={status} scope="col" className="cell-number">
              {t(`status.${status}`)}
            </th>
          ))}
          <th scope="col" className="cell-number">
            {t('charts.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {taskStatuses.map((status) => (
              <td key={status} className="cell-number">
                {format.number(row.counts[status])}
              </td>
            ))}
            <td className="cell-number">{format.number(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
