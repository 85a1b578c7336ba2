import { useTranslation } from 'react-i18next'
import { taskStatuses, type TaskStatus } from '../../../api/schemas'
import { statusIcon } from '../../../components/status-badge'
import { formatNumber } from '../../../domain/format'
import { useLanguage } from '../../../i18n/use-language'

interface StatusFilterProps {
  selected: TaskStatus[]
  counts: Record<TaskStatus, number> | undefined
  onChange: (next: TaskStatus[]) => void
}

export function StatusFilter({ selected, counts, onChange }: StatusFilterProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const toggle = (status: TaskStatus, on: boolean) =>
    onChange(taskStatuses.filter((s) => (s === status ? on : selected.includes(s))))
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.status')}</legend>
      <p className="filter-hint">{t('filters.delayedVsOverdue')}</p>
      {taskStatuses.map((status) => (
        <label key={status} className="check">
          <input
            type="checkbox"
            checked={selected.includes(status)}
            onChange={(e) => toggle(status, e.target.checked)}
          />
          <span aria-hidden="true" className={`status-icon status-icon--${status}`}>
            {statusIcon[status]}
          </span>
          {t(`status.${status}`)} ({counts ? formatNumber(counts[status], language) : '…'})
        </label>
      ))}
    </fieldset>
  )
}
