import { useId, useState } from 'react'
import { useTranslation } from '../../../i18n/use-translation'

interface SearchBoxProps {
  value: string
  onChange: (next: string) => void
}

/** Typing filters at once; the box follows the URL when Back/Forward change it. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState(value)
  // Follow the URL when it changes from outside (Back/Forward), without fighting the user's own typing.
  const [seenValue, setSeenValue] = useState(value)
  if (value !== seenValue) {
    setSeenValue(value)
    if (text.trim() !== value) setText(value)
  }
  return (
    <div className="filter-group filter-search">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('filters.searchHint')}
        onChange={(event) => {
          setText(event.target.value)
          onChange(event.target.value)
        }}
      />
    </div>
  )
}
