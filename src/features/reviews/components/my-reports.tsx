import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../../i18n/use-translation'
import { reportQueries } from '../../../api/reports'
import type { Indicator, Task } from '../../../api/schemas'
import type { User } from '../../../api/schemas-v1-1'
import { IndicatorValue } from '../../../components/indicator-value'
import { QueryState } from '../../../components/query-state'
import { useFormat } from '../../../i18n/use-format'
import { ReportTitle } from './report-title'

interface MyReportsProps {
  user: User
  taskById: ReadonlyMap<string, Task>
  indicatorById: ReadonlyMap<string, Indicator>
}

/** A reporter's organisation's reports, newest first: what was proposed, its state in words, and the comment. */
export function MyReports({ taskById, indicatorById }: MyReportsProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const reports = useQuery(reportQueries.list())
  return (
    <QueryState query={reports} what={t('reviews.theReports')}>
      {(items) =>
        items.length === 0 ? (
          <p>{t('reviews.noneYet')}</p>
        ) : (
          <ul className="my-reports">
            {items.map((report) => {
              const task = report.kind === 'task_progress' ? taskById.get(report.taskId) : undefined
              const indicator = report.kind === 'indicator_value' ? indicatorById.get(report.indicatorId) : undefined
              return (
                <li key={report.id} className={`my-report my-report--${report.state}`}>
                  <h2 className="my-report__title">
                    <ReportTitle report={report} task={task} indicator={indicator} />
                  </h2>
                  <p>
                    <strong>{t(`reviews.states.${report.state}`)}</strong>
                    {' · '}
                    {t('reviews.submittedBy', {
                      name: report.submittedBy.name,
                      at: format.dateTime(report.submittedAt),
                    })}
                  </p>
                  <p>
                    {t('reviews.proposed')}:{' '}
                    {report.kind === 'task_progress' ? (
                      `${t(`status.${report.proposed.status}`)}, ${report.proposed.progress}%`
                    ) : (
                      <>
                        {report.proposed.year}:{' '}
                        {indicator ? (
                          <IndicatorValue value={report.proposed.value} indicator={indicator} />
                        ) : (
                          report.proposed.value
                        )}
                      </>
                    )}
                  </p>
                  {report.comment && (
                    <p className="my-report__comment">
                      {t('reviews.commentFromSecretariat', { comment: report.comment })}
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        )
      }
    </QueryState>
  )
}
