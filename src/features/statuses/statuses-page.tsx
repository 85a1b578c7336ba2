import { useTranslation } from '../../i18n/use-translation'
import { taskStatuses } from '../../api/schemas'
import { PageHeader } from '../../components/page-header'
import { StatusBadge, overdueIcon } from '../../components/status-badge'
import { progressStatuses } from '../../domain/progress-status'
import './statuses.css'

/**
 * "What the statuses mean": the one place that defines every activity status, overdue, and every indicator progress
 * status, in the interface language. The filters and the headline figures link here.
 */
export function StatusesPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('pages.statuses.title')} />
      <p className="lead">{t('statuses.intro')}</p>
      <section aria-labelledby="activity-statuses">
        <h2 id="activity-statuses">{t('statuses.activities')}</h2>
        <dl className="definitions">
          {taskStatuses.map((status) => (
            <div key={status}>
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd>{t(`status.definitions.${status}`)}</dd>
            </div>
          ))}
          <div>
            <dt>
              <span className="overdue-flag">
                <span aria-hidden="true">{overdueIcon} </span>
                {t('common.figures.overdue')}
              </span>
            </dt>
            <dd>{t('status.definitions.overdue')}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="progress-statuses">
        <h2 id="progress-statuses">{t('statuses.indicators')}</h2>
        <dl className="definitions">
          {progressStatuses.map((status) => (
            <div key={status}>
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd>{t(`progress.definitions.${status}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  )
}
