import type { DeckData } from '../deck-data'
import { headlineFigures } from '../../../../domain/plan-figures'
import { overdueIcon, statusIcon } from '../../../../components/status-badge'
import { useFormat } from '../../../../i18n/use-format'
import { useTranslation } from 'react-i18next'

export function FiguresSlide({ data }: { data: DeckData }) {
  const { t } = useTranslation()
  const format = useFormat()
  const figures = headlineFigures(data.tasks, data.indicators, data.today)
  const items = [
    [t('common.figures.total'), format.number(figures.total)],
    [
      `${statusIcon.completed} ${t('common.figures.completed')}`,
      `${format.number(figures.byStatus.completed)} (${format.percent(figures.completedPercent)})`,
    ],
    [`${statusIcon.in_progress} ${t('status.in_progress')}`, format.number(figures.byStatus.in_progress)],
    [`${statusIcon.delayed} ${t('status.delayed')}`, format.number(figures.byStatus.delayed)],
    [`${statusIcon.not_started} ${t('status.not_started')}`, format.number(figures.byStatus.not_started)],
    [`${overdueIcon} ${t('common.figures.overdue')}`, format.number(figures.overdue)],
    [
      t('common.figures.indicatorsOnTrack'),
      t('common.figures.xOfY', {
        x: format.number(figures.indicatorsOnTrack),
        y: format.number(figures.indicatorsWithData),
      }),
    ],
  ]
  return (
    <dl className="slide-figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
