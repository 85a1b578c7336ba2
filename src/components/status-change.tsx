import { useTranslation } from '../i18n/use-translation'
import type { TaskStatus } from '../api/schemas'
import { StatusBadge } from './status-badge'

/** "Delayed → In progress", read aloud as "Delayed changed to In progress"; just the status when it did not change. */
export function StatusChange({ from, to }: { from?: TaskStatus | null; to: TaskStatus }) {
  const { t } = useTranslation()
  if (!from || from === to) return <StatusBadge status={to} />
  return (
    <>
      <StatusBadge status={from} /> <span aria-hidden="true">→</span>
      <span className="visually-hidden">{t('common.changedTo')}</span> <StatusBadge status={to} />
    </>
  )
}
