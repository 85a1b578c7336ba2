import { useTranslation } from '../../../i18n/use-translation'
import { useId, type ReactNode } from 'react'

interface Choice {
  value: string
  label: ReactNode
}

interface ChoiceListFilterProps {
  legend: string
  choices: Choice[]
  selected: string[]
  onChange: (next: string[]) => void
}

/**
 * Several-of-many, drawn like a select: a labelled box that says "All" or how many are chosen, opening a list of
 * checkboxes over the page (nothing below moves). A native disclosure: Enter or Space opens it, Tab walks the list.
 */
export function ChoiceListFilter({ legend, choices, selected, onChange }: ChoiceListFilterProps) {
  const { t } = useTranslation()
  const labelId = useId()
  const toggle = (value: string, on: boolean) =>
    onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : selected.includes(v))))
  const value = selected.length > 0 ? t('filters.selected', { count: selected.length }) : t('filters.all')
  return (
    <div className="filter-group">
      <span className="filter-label" id={labelId}>
        {legend}
      </span>
      <details className="choice-list">
        <summary className="choice-list__box" aria-labelledby={`${labelId} ${labelId}-value`}>
          <span id={`${labelId}-value`}>{value}</span>
        </summary>
        <fieldset className="choice-list__panel">
          <legend className="visually-hidden">{legend}</legend>
          {choices.map((choice) => (
            <label key={choice.value} className="check">
              <input
                type="checkbox"
                checked={selected.includes(choice.value)}
                onChange={(e) => toggle(choice.value, e.target.checked)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  )
}
