import { useTranslation } from '../../../../i18n/use-translation'
import type { Owner, Task } from '../../../../api/schemas'
import { OwnerChartFrame } from '../../../../components/charts/owner-chart-frame'
import { OwnerName } from '../../../../components/owner-name'
import { SlottedText, slot } from '../../../../components/slotted-text'
import { otherOwnersKey, tasksByOwner } from '../../../../domain/plan-figures'
import { tasksListLink, type TaskFilters } from '../../../../domain/task-filters'
import { useFormat } from '../../../../i18n/use-format'

interface OwnerCardProps {
  tasks: Task[] | undefined
  owners: ReadonlyMap<string, Owner> | undefined
  filters: TaskFilters
}

/** Activities per responsible organisation: the ten busiest, then the rest together. */
export function OwnerCard({ tasks, owners, filters }: OwnerCardProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const listLink = (patch: Partial<TaskFilters>) => tasksListLink(filters, patch)
  if (!tasks)
    return <OwnerChartFrame title={t('overview.charts.byOwner')} summary={null} rows={[]} owners={owners} pending />
  const byOwner = tasksByOwner(tasks)
  const ownerSummary = (key: string, total: number) => (
    <SlottedText
      text={t('overview.charts.byOwnerSummary', { owner: slot('owner'), count: total, x: format.number(total) })}
      slots={{ owner: <OwnerName id={key} owners={owners} short /> }}
    />
  )
  return (
    <OwnerChartFrame
      title={t('overview.charts.byOwner')}
      summary={byOwner[0] ? ownerSummary(byOwner[0].key, byOwner[0].total) : t('overview.charts.noData')}
      rows={byOwner}
      owners={owners}
      linkTo={(ownerId) => listLink({ owners: [ownerId] })}
      other={{ key: otherOwnersKey, label: t('overview.charts.otherOwners') }}
    />
  )
}
