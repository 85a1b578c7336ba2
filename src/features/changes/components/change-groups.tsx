import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Task } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { StatusChange } from '../../../components/status-change'
import type { ActivityChanges } from '../../../domain/changes'
import { formatDateTime, formatPercent } from '../../../domain/format'
import { useLanguage } from '../../../i18n/use-language'

export function ChangeGroups({ groups, tasks }: { groups: ActivityChanges[]; tasks: ReadonlyMap<string, Task> }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const pct = (value: number) => formatPercent(value, language)
  return (
    <ol className="change-groups">
      {groups.map((group) => {
        const task = tasks.get(group.taskId)
        return (
          <li key={group.taskId} className="change-group">
            <h3>
              <Link to={`/tasks/${encodeURIComponent(group.taskId)}`}>
                {task ? (
                  <>
                    {task.code} <Localized text={task.title} />
                  </>
                ) : (
                  group.taskId
                )}
              </Link>
            </h3>
            <p className="change-group__summary">
              {group.statusChange ? <StatusChange {...group.statusChange} /> : t('changes.noStatusChange')}
              {' · '}
              {group.progressFrom === group.progressTo
                ? t('changes.progressSame', { value: pct(group.progressTo) })
                : t('changes.progressChange', { from: pct(group.progressFrom), to: pct(group.progressTo) })}
            </p>
            <ul className="timeline">
              {group.updates.map((update) => (
                <li key={update.id} className="timeline__item">
                  <p className="timeline__meta">
                    <time dateTime={update.at}>{formatDateTime(update.at, language)}</time> · {update.author}
                  </p>
                  <p>
                    <StatusChange from={update.previousStatus} to={update.status} />
                    {' · '}
                    {t('task.progressValue', { value: pct(update.progress) })}
                  </p>
                  {update.note && (
                    <p className="timeline__note">
                      <Localized text={update.note} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </li>
        )
      })}
    </ol>
  )
}
