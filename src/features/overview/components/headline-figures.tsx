import type { ReactNode } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { Link } from '../../../router/links'
import type { TaskStatus } from '../../../api/schemas'
import { overdueIcon, progressIcon, statusIcon, totalIcon } from '../../../components/status-badge'
import type { FiguresThen } from '../../../domain/figures-since'
import type { HeadlineFigures as Figures } from '../../../domain/plan-figures'
import { tasksListLink, type TaskFilters } from '../../../domain/task-filters'
import { useFormat } from '../../../i18n/use-format'

interface HeadlineFiguresProps {
  /** undefined while the activities load: the same boxes are drawn with a placeholder, so nothing moves later. */
  figures: Figures | undefined
  /** The same figures on `since`; undefined while the updates load or when they failed. */
  then: FiguresThen | undefined
  since: string
  filters: TaskFilters
  /** false while the indicators are loading or failed: their figure then says so instead of a number. */
  indicatorsReady: boolean
}

interface Figure {
  key: string
  label: string
  icon: ReactNode
  value: string
  to: string
  /** now − then; undefined when there is nothing to compare (yet) */
  change?: number
  /** false for a figure that never has a change line */
  hasChange: boolean
}

/** Shown in place of a number while it loads (the figure's box keeps its size). */
const pending = '…'

/** The statuses in the order they read: they add up to the total. */
const statusOrder: TaskStatus[] = ['completed', 'in_progress', 'delayed', 'not_started', 'cancelled']

/**
 * The plan at a glance: the total and the five statuses that add up to it, each with its change since a date; then
 * Overdue, a flag on top of the statuses, and the indicators on track. Each figure links to what is behind it.
 */
export function HeadlineFigures({ figures, then, since, filters, indicatorsReady }: HeadlineFiguresProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const number = (pick: (figures: Figures) => number) => (figures ? format.number(pick(figures)) : pending)
  const change = (pick: (figures: Figures) => number, pickThen: (then: FiguresThen) => number) =>
    figures && then ? pick(figures) - pickThen(then) : undefined
  const listLink = (patch: Partial<TaskFilters>) => tasksListLink(filters, patch)
  const statusFigures = statusOrder.map(
    (status): Figure => ({
      key: status,
      label: t(`status.${status}`),
      icon: statusIcon[status],
      value:
        status === 'completed' && figures
          ? `${format.number(figures.byStatus.completed)} (${format.percent(figures.completedPercent)})`
          : number((f) => f.byStatus[status]),
      to: listLink({ statuses: [status] }),
      change: change(
        (f) => f.byStatus[status],
        (then) => then.byStatus[status],
      ),
      hasChange: true,
    }),
  )
  const total: Figure = {
    key: 'total',
    label: t('common.figures.total'),
    icon: totalIcon,
    value: number((f) => f.total),
    to: listLink({}),
    hasChange: false,
  }
  const flags: Figure[] = [
    {
      key: 'overdue',
      label: t('common.figures.overdue'),
      icon: overdueIcon,
      value: number((f) => f.overdue),
      to: listLink({ overdue: true }),
      change: change(
        (f) => f.overdue,
        (then) => then.overdue,
      ),
      hasChange: true,
    },
    {
      key: 'indicators',
      label: t('common.figures.indicatorsOnTrack'),
      icon: progressIcon.on_track,
      value:
        indicatorsReady && figures
          ? t('common.figures.xOfY', {
              x: format.number(figures.indicatorsOnTrack),
              y: format.number(figures.indicatorsWithData),
            })
          : pending,
      to: '/indicators?status=target_achieved,on_track',
      hasChange: false,
    },
  ]
  const sinceDate = format.date(since)
  const changeText = (change: number) =>
    change === 0
      ? t('common.figures.noChangeSince', { date: sinceDate })
      : t('common.figures.changeSince', { change: format.signedNumber(change), date: sinceDate })

  const renderFigure = (figure: Figure) => (
    <div key={figure.key} className={`figure figure--${figure.key}`}>
      <dt>
        <span aria-hidden="true" className="figure__icon">
          {figure.icon}
        </span>{' '}
        {figure.label}
      </dt>
      <dd>
        <Link to={figure.to} className="figure__value">
          {figure.value} <span className="visually-hidden">— {figure.label}</span>
        </Link>
      </dd>
      {figure.hasChange && (
        // The line is there before its text (the updates load after the activities): it never pushes the page down.
        <dd className="figure__change">
          {figure.change === undefined ? (
            // Invisible text as long as the usual one, so it wraps the same way the real line will.
            <span className="figure__change-placeholder" aria-hidden="true">
              {changeText(0)}
            </span>
          ) : (
            changeText(figure.change)
          )}
        </dd>
      )}
    </div>
  )
  return (
    <div className="headline-figures" aria-busy={figures === undefined}>
      <dl className="headline-figures__statuses">
        {renderFigure(total)}
        {statusFigures.map(renderFigure)}
      </dl>
      <dl className="headline-figures__flags">{flags.map(renderFigure)}</dl>
      <p className="headline-figures__note">
        {t('common.figures.flagNote')}{' '}
        <Link to={`/changes?since=${since}`}>{t('common.figures.whatChanged', { date: sinceDate })}</Link>
      </p>
    </div>
  )
}
