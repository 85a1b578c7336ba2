import type { DeckData } from '../deck-data'
import type { Slide } from '../../../../domain/slides'
import { Localized } from '../../../../components/localized'
import { OwnerName } from '../../../../components/owner-name'
import { StatusBadge } from '../../../../components/status-badge'
import { daysOverdue } from '../../../../domain/overdue'
import { useFormat } from '../../../../i18n/use-format'
import { useTranslation } from '../../../../i18n/use-translation'
import { ListMore } from '../list-more'

export function AttentionSlide({ slide, data }: { slide: Extract<Slide, { kind: 'attention' }>; data: DeckData }) {
  const { t } = useTranslation()
  const format = useFormat()
  if (slide.tasks.length === 0) return <p className="slide-empty">{t('present.noAttention')}</p>
  return (
    <>
      <table className="slide-table">
        <thead>
          <tr>
            <th scope="col">{t('present.columns.activity')}</th>
            <th scope="col">{t('present.columns.owner')}</th>
            <th scope="col">{t('present.columns.status')}</th>
            <th scope="col" className="slide-table__number">
              {t('present.columns.overdueDays')}
            </th>
          </tr>
        </thead>
        <tbody>
          {slide.tasks.map((task) => {
            const days = daysOverdue(task, data.today)
            return (
              <tr key={task.id}>
                <td>
                  <span className="clamp-2">
                    {task.code} <Localized text={task.title} />
                  </span>
                </td>
                <td>
                  <span className="clamp-2">
                    <OwnerName id={task.ownerId} owners={data.owners} short />
                  </span>
                </td>
                <td>
                  <StatusBadge status={task.status} />
                </td>
                <td className="slide-table__number">{days > 0 ? format.number(days) : '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <ListMore kind="attention" more={slide.more} address={data.fullLists.attention} />
    </>
  )
}
