import type { CSSProperties, ReactNode } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { Link } from '../../../router/links'
import type { Indicator, Owner, Task } from '../../../api/schemas'
import { IndicatorStatusList } from '../../../components/indicator-status-list'
import { OwnerName } from '../../../components/owner-name'
import { StatusBadge } from '../../../components/status-badge'
import { daysSinceUpdate, staleActivities, staleAfterDays } from '../../../domain/attention'
import { daysOverdue } from '../../../domain/overdue'
import { indicatorsNeedingAttention, tasksNeedingAttention } from '../../../domain/plan-figures'
import { tasksListLink, type TaskFilters } from '../../../domain/task-filters'
import { useFormat } from '../../../i18n/use-format'
import { TaskItems } from './task-items'

/** Each group shows this many first, then links to all of them: a group is never cut silently. */
const shownPerGroup = 5

interface AttentionSectionProps {
  /** undefined while the activities load or when they failed (the figures above say so) */
  tasks: Task[] | undefined
  tasksState: ReactNode
  indicators: Indicator[] | undefined
  indicatorsState: ReactNode
  owners: ReadonlyMap<string, Owner> | undefined
  filters: TaskFilters
  today: string
}

/** "Needs attention", complete: late activities, silent ones, and indicators going the wrong way, each counted. */
export function AttentionSection(props: AttentionSectionProps) {
  const { tasks, tasksState, indicators, indicatorsState, owners, filters, today } = props
  const { t } = useTranslation()
  const late = tasks && tasksNeedingAttention(tasks, today, Infinity)
  const stale = tasks && staleActivities(tasks, today)
  const offTrack = indicators ? indicatorsNeedingAttention(indicators) : undefined
  return (
    <section aria-labelledby="attention-heading" className="attention">
      <h2 id="attention-heading">{t('overview.attention.heading')}</h2>
      <div className="attention__groups">
        <AttentionGroup
          id="attention-late"
          heading={t('overview.attention.tasks')}
          count={late?.length}
          empty={t('overview.attention.noTasks')}
          all={{
            to: tasksListLink(filters, { attention: ['late'] }),
            label: t('overview.attention.allLate', { n: late?.length ?? 0 }),
          }}
        >
          {tasksState}
          {late && (
            <TaskItems
              tasks={late.slice(0, shownPerGroup)}
              meta={(task) => (
                <>
                  <OwnerName id={task.ownerId} owners={owners} short /> · <LateMeta task={task} today={today} />
                </>
              )}
            />
          )}
        </AttentionGroup>
        <AttentionGroup
          id="attention-stale"
          heading={t('overview.attention.stale', { days: staleAfterDays })}
          count={stale?.length}
          empty={t('overview.attention.noStale', { days: staleAfterDays })}
          all={{
            to: tasksListLink(filters, { attention: ['stale'] }),
            label: t('overview.attention.allStale', { n: stale?.length ?? 0, days: staleAfterDays }),
          }}
        >
          {tasksState}
          {stale && (
            <TaskItems
              tasks={stale.slice(0, shownPerGroup)}
              meta={(task) => (
                <>
                  <OwnerName id={task.ownerId} owners={owners} short /> ·{' '}
                  {t('common.noUpdateFor', { count: daysSinceUpdate(task, today) })}
                </>
              )}
            />
          )}
        </AttentionGroup>
        <AttentionGroup
          id="attention-indicators"
          heading={t('overview.attention.indicators')}
          count={offTrack?.length}
          empty={t('overview.attention.noIndicators')}
          all={{
            to: '/indicators?status=deterioration,limited_progress',
            label: t('overview.attention.allIndicators', { n: offTrack?.length ?? 0 }),
          }}
        >
          {indicatorsState}
          {offTrack && (
            <IndicatorStatusList indicators={offTrack.slice(0, shownPerGroup).map(({ indicator }) => indicator)} />
          )}
        </AttentionGroup>
      </div>
    </section>
  )
}

interface AttentionGroupProps {
  id: string
  heading: string
  /** undefined while loading */
  count: number | undefined
  empty: string
  all: { to: string; label: string }
  children: ReactNode
}

function AttentionGroup({ id, heading, count, empty, all, children }: AttentionGroupProps) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <section aria-labelledby={id} className="attention-group">
      <h3 id={id}>
        {heading}
        {count !== undefined && (
          <>
            {' '}
            <span className="attention-group__count">{t('overview.attention.count', { n: format.number(count) })}</span>
          </>
        )}
      </h3>
      {count === 0 ? <p>{empty}</p> : children}
      {count !== undefined && count > shownPerGroup && (
        <p className="attention-group__all">
          <Link to={all.to}>{all.label}</Link>
        </p>
      )}
    </section>
  )
}

/**
 * A group's list while it loads: as many rows as the group will show, each a title and a line under it, and the
 * "All …" link's line, so the section has its real height before its data (nothing below it moves).
 */
export function AttentionSkeleton() {
  const { t } = useTranslation()
  // One element drawing the list's rows (overview.css), so that the list replaces one element, not twenty.
  return (
    <div role="status" className="attention-skeleton" style={{ '--rows': shownPerGroup } as CSSProperties}>
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  )
}

/** An activity that is both delayed and overdue shows both. */
function LateMeta({ task, today }: { task: Task; today: string }) {
  const { t } = useTranslation()
  const days = daysOverdue(task, today)
  return (
    <>
      <StatusBadge status={task.status} />
      {days > 0 && (
        <>
          {' '}
          · <strong>{t('common.overdueBy', { count: days })}</strong>
        </>
      )}
    </>
  )
}
