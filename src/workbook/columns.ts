// The workbook's layout (issue 14, docs/decisions/0012-spreadsheet.md): one sheet per resource, row 1 holds the
// stable column keys, row 2 their labels in the workbook's language, data from row 3. The keys never change with the
// language, so a workbook exported in Kazakh imports in an English session.
import { sheetNames, type SheetName } from '../api/schemas-import'

export { sheetNames, type SheetName }

/**
 * How a cell is read: `multi-list` holds several values separated by ";" (or "," where values never hold one);
 * `list` and `multi-list` take their allowed values from `list`.
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'date' | 'list' | 'multi-list'

/** Where a list column's allowed values come from (the plan's own organisations and indicators, or fixed sets). */
export type ListSource = 'statuses' | 'owners' | 'ownerTypes' | 'sdgTargets' | 'units' | 'directions' | 'indicators'

export interface ColumnDef {
  key: string
  type: ColumnType
  required: boolean
  list?: ListSource
  /** Column width in characters, wide enough for typical content on screen and in print. */
  width: number
}

export interface SheetDef {
  name: SheetName
  /** The columns whose values identify a row: a duplicate of these is an error, and the diff matches on them. */
  keyColumns: readonly string[]
  columns: readonly ColumnDef[]
}

/** Labels of these columns are `imports.columns.<key>`; their help in `Read me` is `imports.readme.columns.<key>`. */
const text = (key: string, width: number, required = false): ColumnDef => ({ key, type: 'text', required, width })
const localized = (prefix: string, width: number): ColumnDef[] =>
  (['kk', 'ru', 'en'] as const).map((language) => text(`${prefix}_${language}`, width))

export const activitiesSheet: SheetDef = {
  name: 'Activities',
  keyColumns: ['code'],
  columns: [
    text('code', 10, true),
    ...localized('title', 48),
    ...localized('description', 40),
    { key: 'status', type: 'list', list: 'statuses', required: true, width: 18 },
    { key: 'progress', type: 'integer', required: true, width: 10 },
    { key: 'owner', type: 'list', list: 'owners', required: true, width: 18 },
    { key: 'partners', type: 'multi-list', list: 'owners', required: false, width: 28 },
    { key: 'sdg_targets', type: 'multi-list', list: 'sdgTargets', required: false, width: 14 },
    { key: 'indicators', type: 'multi-list', list: 'indicators', required: false, width: 30 },
    { key: 'start_date', type: 'date', required: true, width: 13 },
    { key: 'due_date', type: 'date', required: true, width: 13 },
    { key: 'completed_date', type: 'date', required: false, width: 13 },
  ],
}

export const organisationsSheet: SheetDef = {
  name: 'Organisations',
  keyColumns: ['id'],
  columns: [
    text('id', 16, true),
    ...localized('name', 48),
    ...localized('short_name', 16),
    { key: 'type', type: 'list', list: 'ownerTypes', required: true, width: 22 },
  ],
}

export const indicatorsSheet: SheetDef = {
  name: 'Indicators',
  keyColumns: ['code'],
  columns: [
    text('code', 18, true),
    ...localized('name', 48),
    { key: 'sdg_target', type: 'list', list: 'sdgTargets', required: true, width: 11 },
    { key: 'unit', type: 'list', list: 'units', required: true, width: 14 },
    { key: 'direction', type: 'list', list: 'directions', required: true, width: 14 },
    { key: 'baseline_year', type: 'integer', required: true, width: 10 },
    { key: 'baseline_value', type: 'number', required: true, width: 11 },
    { key: 'owner', type: 'list', list: 'owners', required: false, width: 18 },
    ...localized('source', 40),
  ],
}

const yearValues = (name: 'Targets' | 'Actuals'): SheetDef => ({
  name,
  keyColumns: ['indicator', 'year'],
  columns: [
    { key: 'indicator', type: 'list', list: 'indicators', required: true, width: 24 },
    { key: 'year', type: 'integer', required: true, width: 8 },
    { key: 'value', type: 'number', required: true, width: 10 },
  ],
})

export const targetsSheet = yearValues('Targets')
export const actualsSheet = yearValues('Actuals')

/** In the order the workbook shows them; sheets that others refer to come first when importing. */
export const sheets: readonly SheetDef[] = [
  activitiesSheet,
  organisationsSheet,
  indicatorsSheet,
  targetsSheet,
  actualsSheet,
]

export function sheetDef(name: SheetName): SheetDef {
  const found = sheets.find((sheet) => sheet.name === name)
  if (!found) throw new Error(`no sheet ${name}`)
  return found
}

/** Excel's column letter for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** Row 1 holds the keys, row 2 the labels; data starts on row 3. */
export const keyRow = 1
export const labelRow = 2
export const firstDataRow = 3
