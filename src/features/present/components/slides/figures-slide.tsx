import type { ReactElement } from 'react'
import type { DeckData } from '../deck-data'
import { headlineFigures } from '../../../../domain/plan-figures'
import { overdueIcon, progressIcon, statusIcon, totalIcon } from '../../../../components/status-badge'
import { useFormat } from '../../../../i18n/use-format'
import { useTranslation } from '../../../../i18n/use-translation'

interface SlideFigure {
  key: string
  icon: ReactElement
  label: string
  value: string
}

/** The headline figures, with the same icons as on the overview. */
export function FiguresSlide({ data }: { data: DeckData }) {
  const { t } = useTranslation()
  const format = useFormat()
  const figures = headlineFigures(data.tasks, data.indicators, data.today)
  const items: SlideFigure[] = [
    { key: 'total', icon: totalIcon, label: t('common.figures.total'), value: format.number(figures.total) },
    {
      key: 'completed',
      icon: statusIcon.completed,
      label: t('common.figures.completed'),
      value: `${format.number(figures.byStatus.completed)} (${format.percent(figures.completedPercent)})`,
    },
    ...(['in_progress', 'delayed', 'not_started'] as const).map((status) => ({
      key: status,
      icon: statusIcon[status],
      label: t(`status.${status}`),
      value: format.number(figures.byStatus[status]),
    })),
    { key: 'overdue', icon: overdueIcon, label: t('common.figures.overdue'), value: format.number(figures.overdue) },
    {
      key: 'indicators',
      icon: progressIcon.on_track,
      label: t('common.figures.indicatorsOnTrack'),
      value: t('common.figures.xOfY', {
        x: format.number(figures.indicatorsOnTrack),
        y: format.number(figures.indicatorsWithData),
      }),
    },
  ]
  return (
    <dl className="slide-figures">
      {items.map((item) => (
        <div key={item.key}>
          <dt>
            {item.icon} {item.label}
          </dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}
