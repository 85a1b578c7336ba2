import type { DeckData } from '../deck-data'
import type { Slide } from '../../../../domain/slides'
import { Localized } from '../../../../components/localized'
import { StatusChange } from '../../../../components/status-change'
import { useTranslation } from '../../../../i18n/use-translation'
import { ListMore } from '../list-more'

export function ChangesSlide({ slide, data }: { slide: Extract<Slide, { kind: 'changes' }>; data: DeckData }) {
  const { t } = useTranslation()
  if (slide.groups.length === 0) return <p className="slide-empty">{t('common.noChanges')}</p>
  return (
    <>
      <ul className="slide-list">
        {slide.groups.map((group) => {
          const task = data.tasks.find((candidate) => candidate.id === group.taskId)
          return (
            <li key={group.taskId}>
              {task ? (
                <>
                  {task.code} <Localized text={task.title} />
                </>
              ) : (
                group.taskId
              )}
              {': '}
              {group.statusChange ? <StatusChange {...group.statusChange} /> : t('common.noStatusChange')}
            </li>
          )
        })}
      </ul>
      <ListMore kind="changes" more={slide.more} address={data.fullLists.changes} />
    </>
  )
}
