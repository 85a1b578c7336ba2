import { lazy, type ReactNode } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import type { Owner } from '../../api/schemas'
import type { StatusCounts } from '../../domain/plan-figures'
import { useFormat } from '../../i18n/use-format'
import { OwnerName, ownerLabel } from '../owner-name'
import { ChartFrame } from './chart-frame'
import { StatusTable } from './status-table'

// The chart code is only downloaded once the figures around the chart are on screen.
const StackedStatusChart = lazy(() => import('./stacked-status-chart'))

export interface OwnerChartRow {
  /** An organisation's id, or `otherKey` for the rest taken together. */
  key: string
  counts: StatusCounts
  total: number
}

interface OwnerChartFrameProps {
  title: string
  summary: ReactNode
  rows: OwnerChartRow[]
  owners: ReadonlyMap<string, Owner> | undefined
  /** Where an organisation's row leads in the data table (the filtered list, say); plain text when absent. */
  linkTo?: (ownerId: string) => string
  other?: { key: string; label: string }
  /** While the data loads: the frame at its size, with placeholders (ChartFrame's `pending`). */
  pending?: boolean
}

const rowHeight = 32

/** Activities per responsible organisation, stacked by status: on the overview and the organisations page alike. */
export function OwnerChartFrame({ title, summary, rows, owners, linkTo, other, pending }: OwnerChartFrameProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const isOther = (key: string) => other !== undefined && key === other.key
  const label = (key: string) => {
    if (isOther(key)) return other?.label
    const name = <OwnerName id={key} owners={owners} short />
    return linkTo ? <Link to={linkTo(key)}>{name}</Link> : name
  }
  return (
    <ChartFrame
      title={title}
      summary={summary}
      fileName="activities-by-organisation"
      height={Math.max(300, rows.length * rowHeight + 80)}
      pending={pending}
      table={
        <StatusTable
          caption={title}
          groupHeader={t('common.columns.owner')}
          rows={rows.map((row) => ({ ...row, label: label(row.key) }))}
        />
      }
    >
      <StackedStatusChart
        horizontal
        rows={rows.map((row) => {
          const text = isOther(row.key)
            ? { text: other?.label ?? row.key, lang: format.language }
            : ownerLabel(owners, row.key, format.language)
          return {
            key: row.key,
            label: text.text,
            lang: text.lang === format.language ? undefined : text.lang,
            counts: row.counts,
          }
        })}
      />
    </ChartFrame>
  )
}
