import { SortIcon } from './icons/interface-icons'
export interface ColumnSort<K extends string> {
  key: K
  descending: boolean
}

interface SortableHeaderProps<K extends string> {
  sortKey: K
  sort: ColumnSort<K>
  label: string
  onSort: (next: ColumnSort<K>) => void
  /** Counts read best largest first; names and codes A to Z. */
  firstDescending?: boolean
}

/** A column header that sorts; `aria-sort` tells assistive technology the current order. */
export function SortableHeader<K extends string>({
  sortKey,
  sort,
  label,
  onSort,
  firstDescending = false,
}: SortableHeaderProps<K>) {
  const active = sort.key === sortKey
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : 'none'
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: sortKey, descending: active ? !sort.descending : firstDescending })}
      >
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          <SortIcon direction={ariaSort} />
        </span>
      </button>
    </th>
  )
}
