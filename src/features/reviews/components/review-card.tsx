import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { HttpError, NetworkError } from '../../../api/errors'
import { reportMutations } from '../../../api/reports'
import { sessionQueries } from '../../../api/session'
import type { Indicator, Task } from '../../../api/schemas'
import type { Report } from '../../../api/schemas-v1-1'
import { Localized } from '../../../components/localized'
import { useNeedsConnection } from '../../../components/needs-connection'
import { useFormat } from '../../../i18n/use-format'
import { ReportEffectTable } from './report-effect-table'
import { ReportTitle } from './report-title'

interface ReviewCardProps {
  report: Report
  task?: Task
  indicator?: Indicator
  /** Told once the report is approved or returned, with the words to announce. */
  onDone: (message: string) => void
}

/** One submitted report: now vs proposed, what approving would do, Approve or Return with a comment. */
export function ReviewCard({ report, task, indicator, onDone }: ReviewCardProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const queryClient = useQueryClient()
  const approve = useMutation(reportMutations.approve(queryClient))
  const giveBack = useMutation(reportMutations.return(queryClient))
  const [comment, setComment] = useState('')
  const [problem, setProblem] = useState<string>()
  const inFlight = useRef(false)
  const id = useId()
  const connection = useNeedsConnection()
  const busy = approve.isPending || giveBack.isPending || connection.offline
  const label =
    report.kind === 'task_progress' ? (task?.code ?? report.taskId) : (indicator?.code ?? report.indicatorId)

  async function act(action: 'approve' | 'return') {
    if (inFlight.current) return
    if (action === 'return' && comment.trim() === '') {
      setProblem(t('reviews.commentRequired'))
      return
    }
    setProblem(undefined)
    inFlight.current = true
    try {
      if (action === 'approve') await approve.mutateAsync({ reportId: report.id, comment: comment.trim() || undefined })
      else await giveBack.mutateAsync({ reportId: report.id, comment: comment.trim() })
      onDone(t(action === 'approve' ? 'reviews.approvedMessage' : 'reviews.returnedMessage', { what: label }))
    } catch (error) {
      // The session ended: the page turns into its sign-in link, which comes back here.
      if (error instanceof HttpError && error.status === 401) queryClient.setQueryData(sessionQueries.key(), null)
      setProblem(t(error instanceof NetworkError ? 'reviews.errors.network' : 'reviews.errors.other'))
    } finally {
      inFlight.current = false
    }
  }

  return (
    <article className="review-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <ReportTitle report={report} task={task} indicator={indicator} />
      </h3>
      <p className="review-card__meta">
        {t('reviews.submittedBy', { name: report.submittedBy.name, at: format.dateTime(report.submittedAt) })}
      </p>
      <ReportEffectTable report={report} task={task} indicator={indicator} />
      {report.note && (
        <blockquote className="review-card__note">
          <Localized text={report.note} />
        </blockquote>
      )}
      <label htmlFor={`${id}-comment`}>{t('reviews.comment')}</label>
      <textarea
        id={`${id}-comment`}
        rows={2}
        value={comment}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setComment(event.target.value)}
      />
      <p id={`${id}-problem`} role="alert" className={problem ? 'field-error' : undefined}>
        {problem}
      </p>
      <div className="review-card__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          {...connection.control}
          onClick={() => void act('approve')}
        >
          {t('reviews.approve')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          {...connection.control}
          onClick={() => void act('return')}
        >
          {t('reviews.return')}
        </button>
      </div>
      {connection.note}
    </article>
  )
}
