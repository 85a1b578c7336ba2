import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TaskStatus } from '../../../api/schemas'
import { overdueIcon, progressIcon, statusIcon } from '../../../components/status-badge'
import type { HeadlineFigures as Figures } from '../../../domain/plan-figures'
import { tasksListLink, type TaskFilters } from '../../../domain/task-filters'
import { useFormat } from '../../../i18n/use-format'

interface HeadlineFiguresProps {
  figures: Figures
  filters: TaskFilters
  /** false while the indicators are loading or failed: their figure then says so instead of a number. */
  indicatorsReady: boolean
}

/** The plan at a glance. Each figure links to the activities behind it, under the current filters. */
export function HeadlineFigures({ figures, filters, indicatorsReady }: HeadlineFiguresProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const listLink = (patch: Partial<TaskFilters>) => tasksListLink(filters, patch)
  const statusFigure = (status: TaskStatus, label: string) => ({
    key: status,
    label,
    icon: statusIcon[status],
    value: format.number(figures.byStatus[status]),
    to: listLink({ statuses: [status] }),
  })
  const items = [
    {
      key: 'total',
      label: t('common.figures.total'),
      icon: '∑',
      value: format.number(figures.total),
      to: listLink({}),
    },
    {
      ...statusFigure('completed', t('common.figures.completed')),
      value: `${format.number(figures.byStatus.completed)} (${format.percent(figures.completedPercent)})`,
    },
    statusFigure('in_progress', t('status.in_progress')),
    statusFigure('delayed', t('status.delayed')),
    statusFigure('not_started', t('status.not_started')),
    {
      key: 'overdue',
      label: t('common.figures.overdue'),
      icon: overdueIcon,
      value: format.number(figures.overdue),
      to: listLink({ overdue: true }),
    },
    {
      key: 'indicators',
      label: t('common.figures.indicatorsOnTrack'),
      icon: progressIcon.on_track,
      value: indicatorsReady
        ? t('common.figures.xOfY', {
            x: format.number(figures.indicatorsOnTrack),
            y: format.number(figures.indicatorsWithData),
          })
        : '…',
      to: '/indicators?status=target_achieved,on_track',
    },
  ]
  return (
    <dl className="headline-figures">
      {items.map((item) => (
        <div key={item.key} className={`figure figure--${item.key}`}>
          <dt>
            <span aria-hidden="true" className="figure__icon">
              {item.icon}
            </span>{' '}
            {item.label}
          </dt>
          <dd>
            <Link to={item.to} className="figure__value">
              {item.value} <span className="visually-hidden">— {item.label}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  )
}
