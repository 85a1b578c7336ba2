import { useScreenQuery } from '../../components/use-screen-query'
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { useSearchParams } from '../../router/hooks'
import { planQueries } from '../../api/plan'
import type { Task } from '../../api/schemas'
import { taskQueries } from '../../api/tasks'
import { updateQueries } from '../../api/updates'
import { downloadBlob } from '../../components/download'
import { QueryError, QueryState } from '../../components/query-state'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { PageHeader } from '../../components/page-header'
import { localToday } from '../../domain/calendar'
import {
  groupChanges,
  historySince,
  last30Days,
  orderByImpact,
  parseSince,
  summariseChanges,
  type ChangeSummary,
} from '../../domain/changes'
import { safeFileName } from '../../domain/csv'
import { useFormat } from '../../i18n/use-format'
import { changesCsv } from './changes-csv'
import { ChangeGroups } from './components/change-groups'
import { SincePicker } from './components/since-picker'

function useSummaryText(summary: ChangeSummary): string {
  const { t } = useTranslation()
  if (summary.activitiesWithUpdates === 0) return t('common.noChanges')
  const parts = (['completed', 'delayed', 'in_progress', 'not_started', 'cancelled'] as const)
    .filter((status) => summary.becameStatus[status] > 0)
    .map((status) => t(`changes.became.${status}`, { count: summary.becameStatus[status] }))
  const head = t('changes.summary', { count: summary.activitiesChangedStatus, updated: summary.activitiesWithUpdates })
  // A dash, not a colon: the parts themselves read "выполнено: 2" in Russian and Kazakh.
  return parts.length ? `${head} — ${parts.join(', ')}.` : `${head}.`
}

export function ChangesPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { language } = format
  const [params, setParams] = useSearchParams()
  const today = localToday()
  const parsed = parseSince(params)
  const since = parsed.since ?? last30Days(today)
  const ignored = parsed.ignored

  // The updates before the period too (from the plan's start), so that each activity's status and progress "before"
  // are what they were when the period began, not what its first update in the period set.
  const plan = useScreenQuery(planQueries.detail())
  const updates = useScreenQuery({
    ...updateQueries.since(historySince(since, plan.data?.period.start ?? since)),
    enabled: plan.isSuccess,
  })
  const tasks = useScreenQuery(taskQueries.list())
  const taskMap = useMemo(() => new Map<string, Task>((tasks.data ?? []).map((task) => [task.id, task])), [tasks.data])
  // What got worse first, then what got better, then progress only: the order a meeting reads them in.
  const groups = useMemo(
    () => orderByImpact(groupChanges(updates.data ?? [], since), taskMap, today),
    [updates.data, since, taskMap, today],
  )
  const summary = useSummaryText(summariseChanges(groups))

  const exportCsv = () =>
    downloadBlob(
      new Blob([changesCsv(groups, taskMap, language, t)], { type: 'text/csv;charset=utf-8' }),
      `${safeFileName(t('changes.csv.fileName'), since, today)}.csv`,
    )

  return (
    <>
      <PageHeader title={t('changes.title', { date: format.date(since) })} documentTitle={t('pages.changes.title')}>
        <div className="page-actions no-print">
          <button
            type="button"
            className="button"
            onClick={exportCsv}
            disabled={!updates.isSuccess || groups.length === 0}
          >
            {t('common.exportCsv')}
          </button>
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={ignored} />
      <SincePicker
        since={since}
        today={today}
        onChange={(next) =>
          setParams((current) => {
            const updated = new URLSearchParams(current)
            updated.set('since', next)
            return updated
          })
        }
      />
      {plan.isError ? (
        <QueryError query={plan} what={t('app.thePlan')} />
      ) : (
        <QueryState query={updates} what={t('changes.theUpdates')} lines={8} />
      )}
      <QueryError query={tasks} what={t('common.theActivities')} />
      {updates.isSuccess && (
        <>
          <p role="status" className="result-count">
            {summary}
          </p>
          <ChangeGroups groups={groups} tasks={taskMap} />
        </>
      )}
    </>
  )
}
