import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from '../../../../i18n/use-translation'
import { Link } from '../../../../router/links'
import { useLocation } from '../../../../router/hooks'
import { HttpError, NetworkError } from '../../../../api/errors'
import { reportMutations, reportQueries, staleIndicator } from '../../../../api/reports'
import type { Indicator } from '../../../../api/schemas'
import { mayReport, maySeeReports, sessionQueries } from '../../../../api/session'
import { IndicatorValue } from '../../../../components/indicator-value'
import { useNeedsConnection } from '../../../../components/needs-connection'
import { Localized } from '../../../../components/localized'
import { signInHref, useSession } from '../../../../components/use-session'
import { keepSessionDraft, useSessionDraft } from '../../../../components/use-session-draft'
import { useLanguage } from '../../../../i18n/use-language'
import '../../../../components/report-form.css'

type Field = 'year' | 'value' | 'note'
type ErrorKey = 'invalid' | 'forbidden' | 'network' | 'other'
type Outcome =
  | { kind: 'sent'; approved: boolean }
  | { kind: 'stale'; current: Indicator }
  | { kind: 'error'; key: ErrorKey }
  | { kind: 'signedOut' }

interface Draft {
  year: string
  value: string
  source: string
  note: string
  basedOn: string
}

const draftKey = (id: string) => `sdg4.report-draft.indicator.${id}`

/** "A report awaits review" and, for a reporter of the indicator's owner or the secretariat, "Report a value". */
export function ReportValue({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation()
  const { user } = useSession()
  const pending = useQuery({
    ...reportQueries.list({ indicatorId: indicator.id, state: 'submitted' }),
    enabled: maySeeReports(user),
  })
  return (
    <>
      {(pending.data?.length ?? 0) > 0 && <p className="report-notice">{t('report.awaitsReview')}</p>}
      {mayReport(user, indicator.ownerId) && <ReportValueForm key={indicator.id} indicator={indicator} />}
    </>
  )
}

function ReportValueForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const location = useLocation()
  const queryClient = useQueryClient()
  const connection = useNeedsConnection()
  const submit = useMutation(reportMutations.submitIndicator(queryClient))
  const latest = indicator.actuals.at(-1)
  const [draft, setDraft] = useSessionDraft<Draft>(draftKey(indicator.id), () => ({
    year: String(new Date().getFullYear() - 1),
    value: '',
    source: '',
    note: '',
    basedOn: indicator.updatedAt ?? '',
  }))
  const [seen, setSeen] = useState(latest)
  const [problems, setProblems] = useState<Set<Field>>(new Set())
  const [outcome, setOutcome] = useState<Outcome>()
  const inFlight = useRef(false)
  const id = useId()
  const isLevel = indicator.unit === 'level'

  function check(current: Draft): Set<Field> {
    const found = new Set<Field>()
    const year = Number(current.year)
    if (!Number.isInteger(year) || year < 1990 || year > 2100) found.add('year')
    if (current.value.trim() === '' || !Number.isFinite(Number(current.value))) found.add('value')
    return found
  }

  async function send(current: Draft) {
    if (inFlight.current) return
    const local = check(current)
    setProblems(local)
    if (local.size > 0) {
      setOutcome({ kind: 'error', key: 'invalid' })
      return
    }
    inFlight.current = true
    const text = (value: string) => (value.trim() ? { [language]: value.trim() } : undefined)
    try {
      const input = {
        year: Number(current.year),
        value: Number(current.value),
        source: text(current.source),
        note: text(current.note),
        basedOn: current.basedOn,
      }
      const report = await submit.mutateAsync({ indicatorId: indicator.id, input })
      setOutcome({ kind: 'sent', approved: report.state === 'approved' })
    } catch (error) {
      const stale = staleIndicator(error)
      if (stale) {
        setOutcome({ kind: 'stale', current: stale })
        void queryClient.invalidateQueries({ queryKey: ['indicators'] })
      } else if (error instanceof HttpError && error.status === 422) {
        const fields = error.fields
          .map((f) => f.path.split('.')[0])
          .filter((p): p is Field => p === 'year' || p === 'value' || p === 'note')
        setProblems(new Set(fields))
        setOutcome({ kind: 'error', key: 'invalid' })
      } else if (error instanceof HttpError && error.status === 401) {
        keepSessionDraft(draftKey(indicator.id), current)
        setOutcome({ kind: 'signedOut' })
        queryClient.setQueryData(sessionQueries.key(), null)
      } else {
        const key: ErrorKey =
          error instanceof HttpError && error.status === 403
            ? 'forbidden'
            : error instanceof NetworkError
              ? 'network'
              : 'other'
        setOutcome({ kind: 'error', key })
      }
    } finally {
      inFlight.current = false
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    void send(draft)
  }

  function reapply(current: Indicator) {
    const next = { ...draft, basedOn: current.updatedAt ?? draft.basedOn }
    setDraft(next)
    setSeen(current.actuals.at(-1))
    void send(next)
  }

  const invalid = (field: Field) => problems.has(field) || undefined
  const describedBy = (field: Field) => (problems.has(field) ? `${id}-${field}-error` : undefined)
  const fieldError = (field: Field, key: 'year' | 'value' | 'note') =>
    problems.has(field) ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {t(`reportValue.fieldErrors.${key}`)}
      </p>
    ) : null

  if (outcome?.kind === 'signedOut') {
    return (
      <p className="report-notice" role="status">
        {t('report.sessionEnded')} <Link to={signInHref(location.pathname)}>{t('report.signInAgain')}</Link>
      </p>
    )
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="report-value">
      <h2 id={`${id}-heading`}>{t('reportValue.title')}</h2>
      <div role="status">
        {outcome?.kind === 'sent' && (outcome.approved ? t('report.approvedAtOnce') : t('report.awaitingReview'))}
      </div>
      {outcome?.kind === 'sent' ? null : (
        <form onSubmit={onSubmit} noValidate className="report-form">
          <div role="alert">
            {outcome?.kind === 'error' && <p className="form-error">{t(`report.errors.${outcome.key}`)}</p>}
            {outcome?.kind === 'stale' && (
              <div className="form-error">
                <p>{t('reportValue.stale.intro')}</p>
                <p>
                  {t('reportValue.stale.latest')}{' '}
                  {seen ? <IndicatorValue value={seen.value} indicator={indicator} /> : '—'} {seen && `(${seen.year})`}
                  {' → '}
                  {outcome.current.actuals.at(-1) ? (
                    <IndicatorValue value={outcome.current.actuals.at(-1)?.value} indicator={indicator} />
                  ) : (
                    '—'
                  )}{' '}
                  ({outcome.current.actuals.at(-1)?.year ?? '—'})
                </p>
                <button type="button" className="button" onClick={() => reapply(outcome.current)}>
                  {t('report.stale.reapply')}
                </button>
              </div>
            )}
          </div>
          <p className="report-current">
            {t('reportValue.latest')}{' '}
            {latest ? (
              <>
                <IndicatorValue value={latest.value} indicator={indicator} /> ({latest.year})
              </>
            ) : (
              '—'
            )}
          </p>
          <label htmlFor={`${id}-year`}>{t('reportValue.year')}</label>
          <input
            id={`${id}-year`}
            type="number"
            inputMode="numeric"
            value={draft.year}
            aria-invalid={invalid('year')}
            aria-describedby={describedBy('year')}
            onChange={(event) => setDraft({ ...draft, year: event.target.value })}
          />
          {fieldError('year', 'year')}
          <label htmlFor={`${id}-value`}>
            {isLevel
              ? t('reportValue.stage')
              : t('reportValue.value', { unit: t(`reportValue.units.${indicator.unit}`) })}
          </label>
          {isLevel ? (
            <select
              id={`${id}-value`}
              value={draft.value}
              aria-invalid={invalid('value')}
              aria-describedby={describedBy('value')}
              onChange={(event) => setDraft({ ...draft, value: event.target.value })}
            >
              <option value="">{t('reportValue.chooseStage')}</option>
              {indicator.levels?.map((level, index) => (
                <option key={index} value={String(index)}>
                  {index + 1}. {level[language] ?? level.en ?? level.ru ?? level.kk}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-value`}
              type="number"
              step="any"
              value={draft.value}
              aria-invalid={invalid('value')}
              aria-describedby={describedBy('value')}
              onChange={(event) => setDraft({ ...draft, value: event.target.value })}
            />
          )}
          {fieldError('value', 'value')}
          <label htmlFor={`${id}-source`}>{t('reportValue.source')}</label>
          <input
            id={`${id}-source`}
            type="text"
            lang={language}
            value={draft.source}
            onChange={(event) => setDraft({ ...draft, source: event.target.value })}
          />
          {indicator.source && (
            <p className="report-current">
              {t('reportValue.currentSource')} <Localized text={indicator.source} />
            </p>
          )}
          <label htmlFor={`${id}-note`}>{t('reportValue.note')}</label>
          <textarea
            id={`${id}-note`}
            lang={language}
            rows={2}
            value={draft.note}
            aria-invalid={invalid('note')}
            aria-describedby={describedBy('note')}
            onChange={(event) => setDraft({ ...draft, note: event.target.value })}
          />
          {fieldError('note', 'note')}
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
