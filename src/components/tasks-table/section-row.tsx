import { useTranslation } from '../../i18n/use-translation'
import type { SectionGroup } from '../../domain/sections'
import { useFormat } from '../../i18n/use-format'
import { Localized } from '../localized'

/** A section's header row: its code and name, and a roll-up of the activities shown under it. */
export function SectionRow({ group, columns, rowIndex }: { group: SectionGroup; columns: number; rowIndex: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { rollup, section } = group
  const parts = [
    t('tasks.section.activities', { count: rollup.count }),
    t('tasks.section.completed', { n: format.number(rollup.completed) }),
    t('tasks.section.overdue', { n: format.number(rollup.overdue) }),
    ...(rollup.meanProgress === null
      ? []
      : [t('tasks.section.meanProgress', { value: format.percent(Math.round(rollup.meanProgress)) })]),
  ]
  return (
    <tr className="section-row" aria-rowindex={rowIndex}>
      <th scope="colgroup" colSpan={columns}>
        <span className="section-row__name">
          {section ? (
            <>
              {t('tasks.section.label', { code: section.code })}. <Localized text={section.title} />
            </>
          ) : (
            t('tasks.section.other')
          )}
        </span>
        <span className="section-row__rollup">{parts.join(' · ')}</span>
      </th>
    </tr>
  )
}
