import { useTranslation } from '../../../i18n/use-translation'
import type { Owner, Task } from '../../../api/schemas'
import { DueDate } from '../../../components/due-date'
import { OwnerName } from '../../../components/owner-name'
import { ProgressBar } from '../../../components/progress-bar'
import { StatusBadge } from '../../../components/status-badge'
import { useFormat } from '../../../i18n/use-format'

interface TaskFactsProps {
  task: Task
  owners: ReadonlyMap<string, Owner> | undefined
  today: string
}

/** An activity's facts as a description list: status, progress, who, when, which SDG targets. */
export function TaskFacts({ task, owners, today }: TaskFactsProps) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <dl className="facts">
      <div>
        <dt>{t('common.columns.status')}</dt>
        <dd>
          <StatusBadge status={task.status} />
        </dd>
      </div>
      <div>
        <dt>{t('common.columns.progress')}</dt>
        <dd>
          <ProgressBar value={task.progress} />
        </dd>
      </div>
      <div>
        <dt>{t('common.columns.owner')}</dt>
        <dd>
          <OwnerName id={task.ownerId} owners={owners} link />
        </dd>
      </div>
      <div>
        <dt>{t('taskDetail.partners')}</dt>
        <dd>
          {task.partnerIds.length === 0 ? (
            t('taskDetail.none')
          ) : (
            <ul className="inline-list">
              {task.partnerIds.map((partnerId) => (
                <li key={partnerId}>
                  <OwnerName id={partnerId} owners={owners} link />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('taskDetail.startDate')}</dt>
        <dd>
          <time dateTime={task.startDate}>{format.date(task.startDate)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('common.columns.dueDate')}</dt>
        <dd>
          <DueDate task={task} today={today} />
        </dd>
      </div>
      <div>
        <dt>{t('taskDetail.completedDate')}</dt>
        <dd>
          {task.completedDate ? <time dateTime={task.completedDate}>{format.date(task.completedDate)}</time> : '—'}
        </dd>
      </div>
      <div>
        <dt>{t('common.columns.targets')}</dt>
        <dd>{task.sdgTargets.join(', ') || '—'}</dd>
      </div>
    </dl>
  )
}
