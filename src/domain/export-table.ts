/**
 * A table to export as on screen: one header per column and typed cells, so the CSV writes text and the Excel
 * workbook writes real numbers and dates. A `date` cell holds the ISO calendar date (`2026-03-31`); `null` is empty.
 */
export type ExportColumnKind = 'text' | 'number' | 'percent' | 'date'

export interface ExportColumn {
  header: string
  kind: ExportColumnKind
}

export type ExportCell = string | number | null

export interface ExportTable {
  /** The worksheet's name, in the interface language. */
  title: string
  columns: ExportColumn[]
  rows: ExportCell[][]
}

/** The cell as CSV text: numbers as JavaScript writes them, an empty cell as an empty string. */
export function cellText(cell: ExportCell): string {
  return cell === null ? '' : String(cell)
}
