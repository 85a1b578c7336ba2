import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { TaskDetail } from '../../api/schemas'
import { taskQueries } from '../../api/tasks'
import { DetailQueryState } from '../../components/detail-query-state'
import { Localized } from '../../components/localized'
import { OwnerName } from '../../components/owner-name'
import { PageHeader } from '../../components/page-header'
import { ProgressBar } from '../../components/progress-bar'
import { StatusBadge } from '../../components/status-badge'
import { useOwners } from '../../components/use-owners'
import { localToday } from '../../domain/calendar'
import { useFormat } from '../../i18n/use-format'
import { DueDate } from '../../components/due-date'
import { LinkedIndicators } from './components/linked-indicators'
import { UpdateTimeline } from '../../components/update-timeline'
import './task-detail.css'

export function TaskDetailPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const task = useQuery(taskQueries.detail(id))
  if (!task.isSuccess) {
    return (
      <DetailQueryState
        query={task}
        title={t('pages.task.title')}
        what={t('taskDetail.theActivity')}
        notFound={{
          title: t('taskDetail.notFound'),
          body: t('taskDetail.notFoundBody', { id }),
          backTo: '/tasks',
          backLabel: t('taskDetail.backToList'),
        }}
      />
    )
  }
  return <TaskDetailView task={task.data} />
}

function TaskDetailView({ task }: { task: TaskDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { byId: owners } = useOwners()
  const today = localToday()
  const title = format.text(task.title).text
  return (
    <article className="task-detail">
      <p className="eyebrow">
        <Link to="/tasks" className="no-print">
          {t('pages.tasks.title')}
        </Link>
        <span className="no-print"> / </span>
        {t('taskDetail.code', { code: task.code })}
      </p>
      <PageHeader title={<Localized text={task.title} />} documentTitle={`${task.code} ${title}`} />
      {task.description && (
        <p className="lead">
          <Localized text={task.description} />
        </p>
      )}
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

      <section aria-labelledby="milestones-heading">
        <h2 id="milestones-heading">{t('taskDetail.milestones')}</h2>
        {task.milestones.length === 0 ? (
          <p>{t('taskDetail.noMilestones')}</p>
        ) : (
          <ul className="milestones">
            {task.milestones.map((milestone, index) => (
              <li key={index} className={milestone.done ? 'milestone milestone--done' : 'milestone'}>
                <span aria-hidden="true">{milestone.done ? '☑' : '☐'}</span>{' '}
                <span className="visually-hidden">
                  {milestone.done ? t('taskDetail.milestoneDone') : t('taskDetail.milestoneOpen')}:{' '}
                </span>
                <Localized text={milestone.title} /> —{' '}
                <time dateTime={milestone.dueDate}>{format.date(milestone.dueDate)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('taskDetail.indicators')}</h2>
        <LinkedIndicators ids={task.indicatorIds} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('taskDetail.history')}</h2>
        <UpdateTimeline updates={task.updates} />
      </section>
    </article>
  )
}
