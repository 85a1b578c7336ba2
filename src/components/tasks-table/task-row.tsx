import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import type { Owner, Task } from '../../api/schemas'
import type { LatestNote } from '../../domain/latest-notes'
import { useFormat } from '../../i18n/use-format'
import { Localized } from '../localized'
import { OwnerName } from '../owner-name'
import { ProgressBar } from '../progress-bar'
import { StatusBadge } from '../status-badge'
import { LastUpdated } from './last-updated'
import { LatestNoteCell } from './latest-note'
import { OverdueFlag } from './overdue-flag'

interface TaskRowProps {
  task: Task
  owners: ReadonlyMap<string, Owner> | undefined
  /** The latest note; null when the activity has none, undefined while the notes load. */
  note: LatestNote | null | undefined
  today: string
  rowIndex: number
  /** A report on it awaits review (shown only to those who may see reports). */
  awaitingReview?: boolean
}

/** One activity. Cancelled ones are muted and show no progress bar: their progress no longer means anything. */
export function TaskRow({ task, owners, note, today, rowIndex, awaitingReview = false }: TaskRowProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const cancelled = task.status === 'cancelled'
  return (
    <tr aria-rowindex={rowIndex} className={cancelled ? 'task-row task-row--cancelled' : 'task-row'}>
      <td className="cell-code">
        {task.code}
        {task.sdgTargets.length > 0 && (
          <span className="cell-code__targets">
            <span className="visually-hidden">{t('common.columns.targets')}: </span>
            {task.sdgTargets.join(', ')}
          </span>
        )}
      </td>
      <td>
        <Link to={`/tasks/${encodeURIComponent(task.id)}`}>
          <Localized text={task.title} />
        </Link>
      </td>
      <td>
        <OwnerName id={task.ownerId} owners={owners} short />
      </td>
      <td>
        <StatusBadge status={task.status} />
        {awaitingReview && <span className="flag flag--review">{t('report.awaitingReviewFlag')}</span>}
      </td>
      <td className="cell-number">
        {cancelled ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('tasks.noProgressCancelled')}</span>
          </>
        ) : (
          <ProgressBar value={task.progress} />
        )}
      </td>
      <td className="cell-date">
        <time dateTime={task.dueDate}>{format.date(task.dueDate)}</time>
        <OverdueFlag task={task} today={today} />
      </td>
      <td className="cell-date">
        <LastUpdated task={task} today={today} />
      </td>
      <td className="cell-note">
        <LatestNoteCell note={note} />
      </td>
    </tr>
  )
}
