import { useTranslation } from '../../../i18n/use-translation'
import { Link } from '../../../router/links'
import type { Task } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { StatusChange } from '../../../components/status-change'
import { UpdateTimeline } from '../../../components/update-timeline'
import type { ActivityChanges } from '../../../domain/changes'
import { useFormat } from '../../../i18n/use-format'

export function ChangeGroups({ groups, tasks }: { groups: ActivityChanges[]; tasks: ReadonlyMap<string, Task> }) {
  const { t } = useTranslation()
  const format = useFormat()
  const progressSummary = ({ progressFrom: from, progressTo: to }: ActivityChanges) => {
    if (from === null) return t('changes.progressNew', { value: format.percent(to) })
    if (from === to) return t('changes.progressSame', { value: format.percent(to) })
    return t('changes.progressChange', { from: format.percent(from), to: format.percent(to) })
  }
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
              {progressSummary(group)}
            </p>
            {/* The line above gives the period's before → after; each update below only what it changed itself. */}
            <UpdateTimeline steps={group.steps} />
          </li>
        )
      })}
    </ol>
  )
}
