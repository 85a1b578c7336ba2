import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import type { TaskUpdate } from '../api/schemas'
import { stepChange, type UpdateStep } from '../domain/changes'
import { Localized } from './localized'
import { StatusChange } from './status-change'
import { useFormat } from '../i18n/use-format'

type UpdateTimelineProps =
  /** The whole history (the activity page): each update with its status, progress and note. */
  | { updates: readonly TaskUpdate[]; steps?: never }
  /**
   * Under a summary that already says the period's status and progress before → after (the changes page): each
   * entry says only what it changed, and a lone entry only who, when and the note, so nothing is printed twice.
   */
  | { steps: readonly UpdateStep[]; updates?: never }

/** The update history, newest first: who, when, what changed and the note. */
export function UpdateTimeline({ updates, steps }: UpdateTimelineProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const entries = steps ?? updates.map((update) => ({ update }))
  if (entries.length === 0) return <p>{t('common.noUpdates')}</p>
  return (
    <ol className="timeline">
      {entries.map((entry) => {
        const { update } = entry
        let change: ReactNode
        if (!('statusBefore' in entry)) change = <FullChange update={update} />
        else if (entries.length > 1) change = <StepChangeLine step={entry} />
        return (
          <li key={update.id} className="timeline__item">
            <p className="timeline__meta">
              <time dateTime={update.at}>{format.dateTime(update.at)}</time> · {update.author}
            </p>
            {change}
            {update.note && (
              <p className="timeline__note">
                <Localized text={update.note} />
              </p>
            )}
          </li>
        )
      })}
    </ol>
  )
}

function FullChange({ update }: { update: TaskUpdate }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <p className="timeline__change">
      <StatusChange from={update.previousStatus} to={update.status} />
      {' · '}
      {t('common.progressValue', { value: format.percent(update.progress) })}
    </p>
  )
}

/** "Delayed → In progress · progress up to 55 %": what this one update changed; nothing when it changed nothing. */
function StepChangeLine({ step }: { step: UpdateStep }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { status, progress } = stepChange(step)
  if (!status && !progress) return null
  const value = progress && format.percent(progress.to)
  return (
    <p className="timeline__change">
      {status && <StatusChange {...status} />}
      {status && progress && ' · '}
      {progress?.direction === 'first' && t('common.progressValue', { value })}
      {progress?.direction === 'up' && t('changes.progressUp', { value })}
      {progress?.direction === 'down' && t('changes.progressDown', { value })}
    </p>
  )
}
