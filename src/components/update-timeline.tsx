import { useTranslation } from 'react-i18next'
import type { TaskUpdate } from '../api/schemas'
import { Localized } from './localized'
import { StatusChange } from './status-change'
import { useFormat } from '../i18n/use-format'

/** The update history, newest first: who, when, status from → to, progress and the note. */
export function UpdateTimeline({ updates }: { updates: TaskUpdate[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  if (updates.length === 0) return <p>{t('common.noUpdates')}</p>
  return (
    <ol className="timeline">
      {updates.map((update) => (
        <li key={update.id} className="timeline__item">
          <p className="timeline__meta">
            <time dateTime={update.at}>{format.dateTime(update.at)}</time> · {update.author}
          </p>
          <p className="timeline__change">
            <StatusChange from={update.previousStatus} to={update.status} />
            {' · '}
            {t('common.progressValue', { value: format.percent(update.progress) })}
          </p>
          {update.note && (
            <p className="timeline__note">
              <Localized text={update.note} />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
