import { useTranslation } from '../../i18n/use-translation'
import type { Task } from '../../api/schemas'
import { daysSinceUpdate, isStale, lastUpdateDate } from '../../domain/attention'
import { useFormat } from '../../i18n/use-format'

/** The date of the latest update; an open activity silent for 60 days or more is flagged with how long. */
export function LastUpdated({ task, today }: { task: Task; today: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const date = lastUpdateDate(task)
  return (
    <>
      <time dateTime={date}>{format.date(date)}</time>
      {isStale(task, today) && (
        <span className="flag flag--stale">{t('common.noUpdateFor', { count: daysSinceUpdate(task, today) })}</span>
      )}
    </>
  )
}
