import { useQuery } from '@tanstack/react-query'
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { indicatorQueries } from '../../api/indicators'
import { reportQueries } from '../../api/reports'
import type { User } from '../../api/schemas-v1-1'
import { taskQueries } from '../../api/tasks'
import { PageHeader } from '../../components/page-header'
import { QueryState } from '../../components/query-state'
import { signInHref, useSession } from '../../components/use-session'
import { MyReports } from './components/my-reports'
import { ReviewCard } from './components/review-card'
import './reviews.css'

/** `/reviews`: the secretariat's review queue; a reporter's "My reports"; nothing for anyone else. */
export function ReviewsPage() {
  const { t } = useTranslation()
  const { user, query } = useSession()
  if (query.isPending) return <PageHeader title={t('pages.reviews.title')} />
  if (!user || user.role === 'viewer') {
    return (
      <>
        <PageHeader title={t('pages.reviews.title')} />
        <p>{user ? t('reviews.notAllowed') : <Link to={signInHref('/reviews')}>{t('reviews.signInFirst')}</Link>}</p>
      </>
    )
  }
  return user.role === 'secretariat' ? <ReviewQueue /> : <MyReportsPage user={user} />
}

function useRecords() {
  const tasks = useQuery(taskQueries.list())
  const indicators = useQuery(indicatorQueries.list())
  const taskById = useMemo(() => new Map(tasks.data?.map((task) => [task.id, task])), [tasks.data])
  const indicatorById = useMemo(() => new Map(indicators.data?.map((i) => [i.id, i])), [indicators.data])
  return { taskById, indicatorById }
}

function ReviewQueue() {
  const { t } = useTranslation()
  const reports = useQuery(reportQueries.list({ state: 'submitted' }))
  const { taskById, indicatorById } = useRecords()
  const [announcement, setAnnouncement] = useState('')
  const listHeading = useRef<HTMLHeadingElement>(null)
  // The server sends newest first; the queue is worked oldest first.
  const queue = useMemo(() => [...(reports.data ?? [])].reverse(), [reports.data])

  function done(message: string) {
    setAnnouncement(message)
    // The card is gone: focus goes to the list, not to the top of the page.
    listHeading.current?.focus()
  }

  return (
    <>
      <PageHeader title={t('pages.reviews.title')} />
      <div role="status" className="reviews-announcement">
        {announcement}
      </div>
      <h2 tabIndex={-1} ref={listHeading}>
        {t('reviews.queueHeading', { count: queue.length })}
      </h2>
      <QueryState query={reports} what={t('reviews.theReports')}>
        {() =>
          queue.length === 0 ? (
            <p>{t('reviews.empty')}</p>
          ) : (
            <ol className="review-list">
              {queue.map((report) => (
                <li key={report.id}>
                  <ReviewCard
                    report={report}
                    task={report.kind === 'task_progress' ? taskById.get(report.taskId) : undefined}
                    indicator={report.kind === 'indicator_value' ? indicatorById.get(report.indicatorId) : undefined}
                    onDone={done}
                  />
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </>
  )
}

function MyReportsPage({ user }: { user: User }) {
  const { t } = useTranslation()
  const { taskById, indicatorById } = useRecords()
  return (
    <>
      <PageHeader title={t('pages.myReports.title')} />
      <MyReports user={user} taskById={taskById} indicatorById={indicatorById} />
    </>
  )
}
