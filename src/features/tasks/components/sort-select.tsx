import { useId } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { sortKeys, type TaskSort } from '../../../domain/task-filters'

export function SortSelect({ value, onChange }: { value: TaskSort; onChange: (next: TaskSort) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const current = `${value.descending ? '-' : ''}${value.key}`
  return (
    <div className="filter-group">
      <label htmlFor={id}>{t('filters.sort')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const raw = event.target.value
          const descending = raw.startsWith('-')
          const key = sortKeys.find((k) => k === (descending ? raw.slice(1) : raw)) ?? 'code'
          onChange({ key, descending })
        }}
      >
        {sortKeys.flatMap((key) =>
          [false, true].map((descending) => (
            <option key={`${key}-${descending}`} value={`${descending ? '-' : ''}${key}`}>
              {t(`sort.${key}`)} — {t(descending ? 'sort.descending' : 'sort.ascending')}
            </option>
          )),
        )}
      </select>
    </div>
  )
}
