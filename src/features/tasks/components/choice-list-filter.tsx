import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'

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

/** Several-of-many as a disclosure with checkboxes: native, keyboard-friendly, and its summary says how many. */
export function ChoiceListFilter({ legend, choices, selected, onChange }: ChoiceListFilterProps) {
  const { t } = useTranslation()
  const toggle = (value: string, on: boolean) =>
    onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : selected.includes(v))))
  return (
    <details className="filter-group filter-group--disclosure">
      <summary>
        {legend}
        {selected.length > 0 && <> ({t('filters.selected', { count: selected.length })})</>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {choices.map((choice) => (
          <label key={choice.value} className="check">
            <input
              type="checkbox"
              checked={selected.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.target.checked)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
