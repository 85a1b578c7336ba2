import { Fragment, type ReactNode } from 'react'

// An invisible separator around a name: it never occurs in catalog text or API data we interpolate.
const edge = '\u2063'
const slotPattern = new RegExp(`${edge}(\\w+)${edge}`)

/** A placeholder to pass to `t()` for a value that must stay a React node (e.g. a name with its own `lang`). */
export function slot(name: string): string {
  return `${edge}${name}${edge}`
}

/**
 * A translated sentence with React nodes where `t()` was given `slot(name)`: "Most activities: <span lang="ru">…</span>".
 * This keeps the translator's word order and lets a name from the API carry its own language (WCAG 3.1.2).
 */
export function SlottedText({ text, slots }: { text: string; slots: Record<string, ReactNode> }) {
  const parts = text.split(slotPattern)
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{index % 2 === 1 ? (slots[part] ?? part) : part}</Fragment>
      ))}
    </>
  )
}
