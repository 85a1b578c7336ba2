import { Link } from '../../../router/links'
import { useTranslation } from '../../../i18n/use-translation'
import { taskStatuses, type TaskStatus } from '../../../api/schemas'
import { statusIcon } from '../../../components/status-badge'
import { useFormat } from '../../../i18n/use-format'

interface StatusFilterProps {
  selected: TaskStatus[]
  counts: Record<TaskStatus, number> | undefined
  onChange: (next: TaskStatus[]) => void
}

export function StatusFilter({ selected, counts, onChange }: StatusFilterProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const toggle = (status: TaskStatus, on: boolean) =>
    onChange(taskStatuses.filter((s) => (s === status ? on : selected.includes(s))))
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.status')}</legend>
      <p className="filter-hint">
        {t('filters.delayedVsOverdue')} <Link to="/statuses">{t('statuses.link')}</Link>
      </p>
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
          {t(`status.${status}`)} ({counts ? format.number(counts[status]) : '…'})
        </label>
      ))}
    </fieldset>
  )
}
