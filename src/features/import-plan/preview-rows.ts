import type { CellValue, SheetName } from '../../api/schemas-import'
import type { Language } from '../../i18n/languages'
import { sheetDef } from '../../workbook/columns'

/** Long lists are cut here on screen, with "and N more" after them. */
export const shownRowLimit = 50

/**
 * The columns that say which row it is, as the workbook's row 1 names them: the sheet's key columns, then the title
 * or name in the interface language, or the value of a year's target or actual.
 */
export function summaryColumns(sheet: SheetName, language: Language): string[] {
  const def = sheetDef(sheet)
  const keys = def.columns.map((column) => column.key)
  const label = [`title_${language}`, `name_${language}`, 'value'].find((key) => keys.includes(key))
  return label ? [...def.keyColumns, label] : [...def.keyColumns]
}

/** A cell as the preview shows it; an empty cell is a dash for the eye and "empty" for screen readers. */
export function cellText(value: CellValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value)
}

/** The first `shownRowLimit` items and how many more there are. */
export function capped<T>(items: readonly T[]): { shown: readonly T[]; more: number } {
  return { shown: items.slice(0, shownRowLimit), more: Math.max(items.length - shownRowLimit, 0) }
}
