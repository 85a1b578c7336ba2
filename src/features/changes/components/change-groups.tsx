import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Task } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { StatusChange } from '../../../components/status-change'
import { UpdateTimeline } from '../../../components/update-timeline'
import type { ActivityChanges } from '../../../domain/changes'
import { useFormat } from '../../../i18n/use-format'

export function ChangeGroups({ groups, tasks }: { groups: ActivityChanges[]; tasks: ReadonlyMap<string, Task> }) {
  const { t } = useTranslation()
  const format = useFormat()
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
              {group.statusChange ? <StatusChange {...group.statusChange} /> : t('common.noStatusChange')}
              {' · '}
              {group.progressFrom === group.progressTo
                ? t('changes.progressSame', { value: format.percent(group.progressTo) })
                : t('changes.progressChange', {
                    from: format.percent(group.progressFrom),
                    to: format.percent(group.progressTo),
                  })}
            </p>
            <UpdateTimeline updates={group.updates} />
          </li>
        )
      })}
    </ol>
  )
}
