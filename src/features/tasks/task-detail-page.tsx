import { useScreenQuery } from '../../components/use-screen-query'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { useParams } from '../../router/hooks'
import type { TaskDetail } from '../../api/schemas'
import { taskQueries } from '../../api/tasks'
import { DetailQueryState } from '../../components/detail-query-state'
import { Localized } from '../../components/localized'
import { PageHeader } from '../../components/page-header'
import { useOwners } from '../../components/use-owners'
import { localToday } from '../../domain/calendar'
import { useFormat } from '../../i18n/use-format'
import { LinkedIndicators } from './components/linked-indicators'
import { MilestoneList } from './components/milestone-list'
import { ReportProgress } from './components/report/report-progress'
import { TaskFacts } from './components/task-facts'
import { UpdateTimeline } from '../../components/update-timeline'
import './task-detail.css'

export function TaskDetailPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const task = useScreenQuery(taskQueries.detail(id))
  // useScreenQuery hands the answer over in a transition (the skeleton stays while React renders the page in slices);
  // the id check keeps a previous task's page from showing for a frame when the next one comes from the cache.
  const shown = task.data
  if (!task.isSuccess || shown?.id !== id) {
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
  return <TaskDetailView task={shown} />
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
      <TaskFacts task={task} owners={owners} today={today} />
      <ReportProgress task={task} />

      <MilestoneList milestones={task.milestones} />

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
