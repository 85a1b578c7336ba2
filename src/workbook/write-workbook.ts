// Writes the plan (or the template) as an .xlsx with exceljs (docs/decisions/0012-spreadsheet.md). Imports exceljs:
// the app loads this module with a dynamic import, so the first screen never carries it.
import ExcelJS from 'exceljs'
import type { Row } from '../api/schemas-import'
import type { LanguageCode } from '../domain/language-param'
import { columnLetter, firstDataRow, sheets, type ColumnDef, type SheetDef } from './columns'
import { workbookLimits } from './import-issues'
import type { PlanData } from './plan-data'
import { planRows } from './plan-rows'
import { fixedLists, type FixedListSource } from './resolvers'
import { addListsSheet, type ListRanges } from './write-lists'
import { addReadMe } from './write-read-me'
import { columnLabel, importWords } from './words'

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface WriteOptions {
  language: LanguageCode
  /** An empty template: one example row per sheet (the plan's first record), plus the Read me and the lists. */
  template: boolean
}

const keyFont = { color: { argb: 'FF595959' }, size: 9 }
const labelFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const
/** Validation reaches as far as an import may go, so rows added in Excel get their lists too. */
const lastValidatedRow = firstDataRow + workbookLimits.maxRows - 1

/** A cell as Excel should hold it: a real date, a number, or text; list keys as words in the workbook's language. */
function cellValue(column: ColumnDef, value: Row[string], language: LanguageCode): ExcelJS.CellValue {
  if (value === null) return null
  if (column.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`)
  if (column.type === 'list' && column.list && column.list in fixedLists && typeof value === 'string') {
    return fixedLists[column.list as FixedListSource].word(value, language)
  }
  // Text goes in as a string value: exceljs writes it as a shared string, never as a formula, whatever it starts with.
  return value
}

/** exceljs 4.4 validates whole ranges (one `sqref`), but its typings only know the per-cell form. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations

function addDataSheet(
  workbook: ExcelJS.Workbook,
  def: SheetDef,
  rows: Row[],
  options: WriteOptions,
  lists: ListRanges,
) {
  const sheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }] })
  sheet.columns = def.columns.map((column) => ({ key: column.key, width: column.width }))
  const keys = sheet.addRow(def.columns.map((column) => column.key))
  keys.font = keyFont
  const labels = sheet.addRow(def.columns.map((column) => columnLabel(column.key, options.language)))
  labels.font = { bold: true }
  labels.alignment = { wrapText: true, vertical: 'top' }
  labels.eachCell((cell) => (cell.fill = labelFill))
  for (const row of rows) {
    sheet.addRow(def.columns.map((column) => cellValue(column, row[column.key] ?? null, options.language)))
  }
  def.columns.forEach((column, index) => {
    const letter = columnLetter(index + 1)
    if (column.type === 'date') sheet.getColumn(index + 1).numFmt = 'yyyy-mm-dd'
    const range = column.type === 'list' && column.list ? lists[column.list] : undefined
    if (!range) return
    validations(sheet).add(`${letter}${firstDataRow}:${letter}${lastValidatedRow}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [range],
      // Words in the other two languages are accepted on import too, so Excel only informs instead of refusing.
      showErrorMessage: true,
      errorStyle: 'information',
      errorTitle: columnLabel(column.key, options.language),
      error: importWords[options.language].readme.columns[column.key as 'status'] ?? '',
    })
  })
  sheet.autoFilter = { from: 'A2', to: `${columnLetter(def.columns.length)}2` }
}

/**
 * The template's examples: the plan's first activity, with only the organisation and the indicator (with one target
 * and one actual) that it names, so the example rows check out on their own, even into an empty plan.
 */
function templateExamples(data: PlanData): PlanData {
  const task = data.tasks[0]
  if (!task) return { ...data, owners: data.owners.slice(0, 1), indicators: data.indicators.slice(0, 1) }
  const indicator = data.indicators.find((candidate) => task.indicatorIds.includes(candidate.id))
  const ownerIds = new Set([task.ownerId, ...(indicator?.ownerId ? [indicator.ownerId] : [])])
  return {
    ...data,
    tasks: [{ ...task, partnerIds: [], indicatorIds: indicator ? [indicator.id] : [] }],
    owners: data.owners.filter((owner) => ownerIds.has(owner.id)),
    indicators: indicator
      ? [{ ...indicator, targets: indicator.targets.slice(0, 1), actuals: indicator.actuals.slice(0, 1) }]
      : [],
  }
}

/** The plan as a workbook: Read me, the five plan sheets, and a hidden Lists sheet the validations read from. */
export async function writePlanWorkbook(data: PlanData, options: WriteOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'SDG 4 Action Plan Dashboard'
  const rows = planRows(options.template ? templateExamples(data) : data)
  addReadMe(workbook, options.language)
  // The lists offer the whole plan's organisations and indicators, in the template too.
  const lists = addListsSheet(data, options.language)
  for (const def of sheets) {
    addDataSheet(
      workbook,
      def,
      rows[def.name].map(({ row }) => row),
      options,
      lists.ranges,
    )
  }
  lists.addTo(workbook)
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }]
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
