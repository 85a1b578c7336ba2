import type { SortKey, TaskSort } from '../domain/task-filters'

interface SortableHeaderProps {
  sortKey: SortKey
  sort: TaskSort
  label: string
  onSort: (next: TaskSort) => void
}

/** A column header that sorts; `aria-sort` tells assistive technology the current order. */
export function SortableHeader({ sortKey, sort, label, onSort }: SortableHeaderProps) {
  const active = sort.key === sortKey
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : 'none'
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: sortKey, descending: active ? !sort.descending : false })}
      >
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  )
}
