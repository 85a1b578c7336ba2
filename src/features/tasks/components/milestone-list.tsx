import { CheckboxIcon } from '../../../components/icons/interface-icons'
import { useTranslation } from '../../../i18n/use-translation'
import type { Milestone } from '../../../api/schemas'
import { Localized } from '../../../components/localized'
import { useFormat } from '../../../i18n/use-format'

/** The activity's milestones, done or open in words as well as by mark. */
export function MilestoneList({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">{t('taskDetail.milestones')}</h2>
      {milestones.length === 0 ? (
        <p>{t('taskDetail.noMilestones')}</p>
      ) : (
        <ul className="milestones">
          {milestones.map((milestone, index) => (
            <li key={index} className={milestone.done ? 'milestone milestone--done' : 'milestone'}>
              <CheckboxIcon checked={milestone.done} />{' '}
              <span className="visually-hidden">
                {milestone.done ? t('taskDetail.milestoneDone') : t('taskDetail.milestoneOpen')}:{' '}
              </span>
              <Localized text={milestone.title} /> —{' '}
              <time dateTime={milestone.dueDate}>{format.date(milestone.dueDate)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
