import { SvgIcon } from './svg-icon'

/** "All of them": the total in the headline figures. */
export function TotalIcon() {
  return (
    <SvgIcon>
      <path d="M12 3H4.2l4.3 5-4.3 5H12" />
    </SvgIcon>
  )
}

/** Something failed to load: a stop sign, not the Delayed triangle, which is a status. */
export function ErrorIcon() {
  return (
    <SvgIcon>
      <path d="M5.5 1.5h5l4 4v5l-4 4h-5l-4-4v-5z" />
      <path d="M8 4.8v3.6" />
      <circle cx="8" cy="11" r="0.5" fill="currentColor" />
    </SvgIcon>
  )
}

/** A sortable column's order: one triangle for the current direction, both while it is not sorted. */
export function SortIcon({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  return (
    <SvgIcon>
      {direction !== 'descending' && <path d="M8 2.5l3.5 4h-7z" fill="currentColor" />}
      {direction !== 'ascending' && <path d="M8 13.5l3.5-4h-7z" fill="currentColor" />}
    </SvgIcon>
  )
}

/** A milestone reached: a ticked square, not the Completed circle (a milestone is not an activity status). */
export function CheckboxIcon({ checked }: { checked: boolean }) {
  return (
    <SvgIcon>
      <rect x="2" y="2" width="12" height="12" rx="1.5" />
      {checked && <path d="M4.8 8.2l2.2 2.2 4.2-4.6" />}
    </SvgIcon>
  )
}
