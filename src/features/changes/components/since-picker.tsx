import { useId, useState } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { isIsoDate } from '../../../domain/calendar'
import { last30Days, startOfQuarter } from '../../../domain/changes'

interface SincePickerProps {
  since: string
  today: string
  onChange: (since: string) => void
}

export function SincePicker({ since, today, onChange }: SincePickerProps) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState(since)
  const [seen, setSeen] = useState(since)
  if (since !== seen) {
    setSeen(since)
    setDraft(since)
  }
  return (
    <form
      className="filters no-print"
      onSubmit={(event) => {
        event.preventDefault()
        if (isIsoDate(draft)) onChange(draft)
      }}
    >
      <div className="filter-group">
        <label htmlFor={id}>{t('changes.since')}</label>
        <input id={id} type="date" value={draft} max={today} onChange={(e) => setDraft(e.target.value)} />
      </div>
      <div className="filter-group filter-actions">
        <button type="submit" className="button">
          {t('changes.show')}
        </button>
      </div>
      <div className="filter-group filter-actions">
        <button type="button" className="button button--secondary" onClick={() => onChange(last30Days(today))}>
          {t('changes.last30')}
        </button>
      </div>
      <div className="filter-group filter-actions">
        <button type="button" className="button button--secondary" onClick={() => onChange(startOfQuarter(today))}>
          {t('changes.quarter')}
        </button>
      </div>
    </form>
  )
}
