import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useFormat } from '../../../../i18n/use-format'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from '../../../../i18n/use-translation'
import { Link } from '../../../../router/links'
import { useLocation } from '../../../../router/hooks'
import { HttpError, NetworkError } from '../../../../api/errors'
import { reportMutations, reportQueries, staleTask } from '../../../../api/reports'
import { taskStatuses, type Task, type TaskStatus } from '../../../../api/schemas'
import { maySeeReports, mayReport, sessionQueries } from '../../../../api/session'
import { signInHref, useSession } from '../../../../components/use-session'
import { hasSessionDraft, keepSessionDraft, useSessionDraft } from '../../../../components/use-session-draft'
import { useNeedsConnection } from '../../../../components/needs-connection'
import { languageNames, languages } from '../../../../i18n/languages'
import { useLanguage } from '../../../../i18n/use-language'
import { draftProblems, progressDraftKey, type ProgressDraft } from './draft'
import '../../../../components/report-form.css'

type Field = 'status' | 'progress' | 'note'
type ErrorKey = 'invalid' | 'forbidden' | 'network' | 'other'
type Outcome = { kind: 'sent'; approved: boolean } | { kind: 'stale'; current: Task } | { kind: 'error'; key: ErrorKey }

/** "A report awaits review" and, for a reporter of the owner or the secretariat, the "Report progress" form. */
export function ReportProgress({ task }: { task: Task }) {
  const { t } = useTranslation()
  const location = useLocation()
  const { user } = useSession()
  const pending = useQuery({
    ...reportQueries.list({ taskId: task.id, state: 'submitted' }),
    enabled: maySeeReports(user),
  })
  const awaiting = (pending.data?.length ?? 0) > 0
  if (user === null && hasSessionDraft(progressDraftKey(task.id))) {
    return (
      <p className="report-notice" role="status">
        {t('report.sessionEnded')} <Link to={signInHref(location.pathname)}>{t('report.signInAgain')}</Link>
      </p>
    )
  }
  return (
    <>
      {awaiting && <p className="report-notice">{t('report.awaitsReview')}</p>}
      {mayReport(user, task.ownerId) && <ReportProgressForm key={task.id} task={task} />}
    </>
  )
}

function ReportProgressForm({ task }: { task: Task }) {
  const { t } = useTranslation()
  const format = useFormat()
  const language = useLanguage()
  const queryClient = useQueryClient()
  const connection = useNeedsConnection()
  const submit = useMutation(reportMutations.submitTask(queryClient))
  const [draft, setDraft] = useSessionDraft<ProgressDraft>(progressDraftKey(task.id), () => ({
    status: task.status,
    progress: String(task.progress),
    note: {},
    basedOn: task.updatedAt,
  }))
  // What the reporter had seen: a 409 compares it with what is there now.
  const [seen, setSeen] = useState({ status: task.status, progress: task.progress })
  const [problems, setProblems] = useState<Map<Field, string>>(new Map())
  const [outcome, setOutcome] = useState<Outcome>()
  const inFlight = useRef(false)
  const id = useId()
  const otherLanguages = languages.filter((lang) => lang !== language)
  const progressNumber = Number(draft.progress)

  async function send(current: ProgressDraft) {
    if (inFlight.current) return
    const local = draftProblems(current)
    if (local.size > 0) {
      setProblems(new Map([...local].map((field) => [field, t(`report.fieldErrors.${field}`)])))
      setOutcome(undefined)
      return
    }
    setProblems(new Map())
    inFlight.current = true
    try {
      const note = Object.fromEntries(Object.entries(current.note).filter(([, text]) => text && text.trim() !== ''))
      const input = { status: current.status, progress: Number(current.progress), note, basedOn: current.basedOn }
      const report = await submit.mutateAsync({ taskId: task.id, input })
      setOutcome({ kind: 'sent', approved: report.state === 'approved' })
    } catch (error) {
      failed(error, current)
    } finally {
      inFlight.current = false
    }
  }

  function failed(error: unknown, current: ProgressDraft) {
    const stale = staleTask(error)
    if (stale) {
      setOutcome({ kind: 'stale', current: stale })
      void queryClient.invalidateQueries({ queryKey: ['tasks'] })
    } else if (error instanceof HttpError && error.status === 422) {
      const fields = new Map<Field, string>()
      for (const field of error.fields) {
        const name = field.path.split('.')[0] as Field
        if (name === 'status' || name === 'progress' || name === 'note')
          fields.set(name, t(`report.fieldErrors.${name}`))
      }
      setProblems(fields)
      setOutcome({ kind: 'error', key: 'invalid' })
    } else if (error instanceof HttpError && error.status === 401) {
      keepSessionDraft(progressDraftKey(task.id), current)
      queryClient.setQueryData(sessionQueries.key(), null)
    } else if (error instanceof HttpError && error.status === 403) {
      setOutcome({ kind: 'error', key: 'forbidden' })
    } else if (error instanceof NetworkError) {
      setOutcome({ kind: 'error', key: 'network' })
    } else {
      setOutcome({ kind: 'error', key: 'other' })
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    void send(draft)
  }

  function reapply(current: Task) {
    const next = { ...draft, basedOn: current.updatedAt }
    setDraft(next)
    setSeen({ status: current.status, progress: current.progress })
    void send(next)
  }

  const describedBy = (field: Field) => (problems.has(field) ? `${id}-${field}-error` : undefined)
  const fieldError = (field: Field) =>
    problems.has(field) ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {problems.get(field)}
      </p>
    ) : null

  return (
    <section aria-labelledby={`${id}-heading`} className="report-progress">
      <h2 id={`${id}-heading`}>{t('report.title')}</h2>
      <div role="status" className="report-status">
        {outcome?.kind === 'sent' && (outcome.approved ? t('report.approvedAtOnce') : t('report.awaitingReview'))}
      </div>
      {outcome?.kind === 'sent' ? null : (
        <form onSubmit={onSubmit} noValidate className="report-form">
          <div role="alert">
            {outcome?.kind === 'error' && <p className="form-error">{t(`report.errors.${outcome.key}`)}</p>}
            {problems.size > 0 && outcome?.kind !== 'error' && (
              <p className="form-error">{t('report.errors.invalid')}</p>
            )}
            {outcome?.kind === 'stale' && (
              <StaleNotice current={outcome.current} seen={seen} onReapply={() => reapply(outcome.current)} />
            )}
          </div>
          <p className="report-current">
            {t('report.currentValues', { status: t(`status.${task.status}`), progress: format.percent(task.progress) })}
          </p>
          <label htmlFor={`${id}-status`}>{t('report.status')}</label>
          <select
            id={`${id}-status`}
            value={draft.status}
            aria-invalid={problems.has('status') || undefined}
            aria-describedby={describedBy('status')}
            onChange={(event) => setDraft({ ...draft, status: event.target.value as TaskStatus })}
          >
            {taskStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
          {fieldError('status')}
          <label htmlFor={`${id}-progress`}>{t('report.progress')}</label>
          <div className="report-progress__pair">
            <input
              id={`${id}-progress`}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={draft.progress}
              aria-invalid={problems.has('progress') || undefined}
              aria-describedby={describedBy('progress')}
              onChange={(event) => setDraft({ ...draft, progress: event.target.value })}
            />
            <input
              type="range"
              min={0}
              max={100}
              step={1}
              aria-label={t('report.progressSlider')}
              value={Number.isFinite(progressNumber) ? Math.min(100, Math.max(0, progressNumber)) : 0}
              onChange={(event) => setDraft({ ...draft, progress: event.target.value })}
            />
          </div>
          {fieldError('progress')}
          <label htmlFor={`${id}-note-${language}`}>{t('report.note')}</label>
          <textarea
            id={`${id}-note-${language}`}
            lang={language}
            rows={3}
            value={draft.note[language] ?? ''}
            aria-invalid={problems.has('note') || undefined}
            aria-describedby={describedBy('note')}
            onChange={(event) => setDraft({ ...draft, note: { ...draft.note, [language]: event.target.value } })}
          />
          {fieldError('note')}
          <details>
            <summary>{t('report.otherLanguages')}</summary>
            {otherLanguages.map((lang) => (
              <div key={lang} className="report-form__other">
                <label htmlFor={`${id}-note-${lang}`}>
                  {t('report.noteIn')} <span lang={lang}>{languageNames[lang]}</span>
                </label>
                <textarea
                  id={`${id}-note-${lang}`}
                  lang={lang}
                  rows={2}
                  value={draft.note[lang] ?? ''}
                  onChange={(event) => setDraft({ ...draft, note: { ...draft.note, [lang]: event.target.value } })}
                />
              </div>
            ))}
          </details>
          <button
            type="submit"
            className="button"
            disabled={submit.isPending || connection.offline}
            {...connection.control}
          >
            {submit.isPending ? t('report.sending') : t('report.submit')}
          </button>
          {connection.note}
        </form>
      )}
    </section>
  )
}

interface StaleNoticeProps {
  current: Task
  seen: { status: TaskStatus; progress: number }
  onReapply: () => void
}

function StaleNotice({ current, seen, onReapply }: StaleNoticeProps) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <div className="form-error">
      <p>{t('report.stale.intro')}</p>
      <ul>
        <li>
          {t('report.stale.status', { seen: t(`status.${seen.status}`), current: t(`status.${current.status}`) })}
        </li>
        <li>
          {t('report.stale.progress', {
            seen: format.percent(seen.progress),
            current: format.percent(current.progress),
          })}
        </li>
      </ul>
      <button type="button" className="button" onClick={onReapply}>
        {t('report.stale.reapply')}
      </button>
    </div>
  )
}
