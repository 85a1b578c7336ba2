import { useScreenQuery } from '../../components/use-screen-query'
import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { useParams, useSearchParams } from '../../router/hooks'
import { indicatorQueries } from '../../api/indicators'
import { taskQueries } from '../../api/tasks'
import { QueryError, QueryState } from '../../components/query-state'
import { IndicatorStatusList } from '../../components/indicator-status-list'
import { Localized } from '../../components/localized'
import { useKeptShellHeading } from '../../components/kept-shell-heading'
import { PageHeader } from '../../components/page-header'
import { Skeleton } from '../../components/skeleton'
import { TasksTable } from '../../components/tasks-table/tasks-table'
import { useOwners } from '../../components/use-owners'
import { localToday } from '../../domain/calendar'
import { emptyFilters, parseTaskSort, tasksListLink, writeTaskSort } from '../../domain/task-filters'
import { IgnoredValuesNotice } from '../../components/filters/ignored-values-notice'
import { sortTasks } from '../../domain/task-sort'
import { intlLocales } from '../../i18n/languages'
import { useFormat } from '../../i18n/use-format'

export function OwnerDetailPage() {
  const { t } = useTranslation()
  const format = useFormat()
  const { language } = format
  const { id = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const { query: ownersQuery, byId: owners } = useOwners()
  const tasks = useScreenQuery(taskQueries.list())
  const indicators = useScreenQuery(indicatorQueries.list())
  const today = localToday()
  const keptHeading = useKeptShellHeading()

  // The way back to the list is there from the first frame, so the heading does not move when the name arrives.
  const backToList = (
    <p className="eyebrow no-print">
      <Link to="/owners">{t('pages.owners.title')}</Link>
    </p>
  )
  if (ownersQuery.isPending) {
    return (
      <>
        {backToList}
        <PageHeader
          title={keptHeading?.title ?? t('pages.owner.title')}
          documentTitle={keptHeading?.text ?? t('pages.owner.title')}
          shellHeading
        />
        <Skeleton lines={8} />
      </>
    )
  }
  if (ownersQuery.isError) {
    return (
      <>
        <PageHeader title={t('pages.owner.title')} />
        <QueryError query={ownersQuery} what={t('common.theOwners')} />
      </>
    )
  }
  const owner = owners?.get(id)
  if (!owner) {
    return (
      <>
        <PageHeader title={t('ownerDetail.notFound')} />
        <p>{t('ownerDetail.notFoundBody', { id })}</p>
        <p>
          <Link to="/owners">{t('ownerDetail.backToList')}</Link>
        </p>
      </>
    )
  }

  const { sort, ignored } = parseTaskSort(params)
  const own = sortTasks(
    (tasks.data ?? []).filter((task) => task.ownerId === id),
    sort,
    { locale: intlLocales[language], titleOf: (task) => format.text(task.title).text, ownerNameOf: () => '' },
  )
  const ownIndicators = (indicators.data ?? []).filter((indicator) => indicator.ownerId === id)
  const name = format.text(owner.name).text
  const listLink = tasksListLink(emptyFilters, { owners: [id] })

  return (
    <>
      {backToList}
      <PageHeader title={<Localized text={owner.name} />} documentTitle={name}>
        <div className="page-actions no-print">
          <Link className="button button--secondary" to={listLink}>
            {t('ownerDetail.openInActivities')}
          </Link>
        </div>
      </PageHeader>
      <IgnoredValuesNotice ignored={ignored} />
      <section aria-labelledby="owner-tasks-heading">
        <h2 id="owner-tasks-heading">{t('ownerDetail.activities', { count: own.length })}</h2>
        <QueryState query={tasks} what={t('common.theActivities')} lines={6} />
        {tasks.isSuccess && own.length === 0 && <p>{t('ownerDetail.noActivities')}</p>}
        {own.length > 0 && (
          <TasksTable
            tasks={own}
            owners={owners}
            sort={sort}
            today={today}
            onSort={(next) => setParams((current) => writeTaskSort(current, next))}
          />
        )}
      </section>
      {/* Below the activities, once they are here: a section that loaded first would jump down past the table. */}
      {!tasks.isPending && (
        <section aria-labelledby="owner-indicators-heading">
          <h2 id="owner-indicators-heading">{t('ownerDetail.indicators')}</h2>
          <QueryState query={indicators} what={t('common.theIndicators')} lines={3} />
          {indicators.isSuccess && ownIndicators.length === 0 && <p>{t('ownerDetail.noIndicators')}</p>}
          {ownIndicators.length > 0 && <IndicatorStatusList indicators={ownIndicators} />}
        </section>
      )}
    </>
  )
}
