// The hidden `Lists` sheet: one column per list of allowed values, which the plan sheets' validations refer to.
// Ranges rather than inline lists: Excel caps an inline list at 255 characters, and a plan has many organisations.
import type ExcelJS from 'exceljs'
import type { LanguageCode } from '../domain/language-param'
import { columnLetter, type ListSource } from './columns'
import type { PlanData } from './plan-data'
import { fixedListWords } from './resolvers'

export type ListRanges = Partial<Record<ListSource, string>>

export function addListsSheet(data: PlanData, language: LanguageCode) {
  const columns: [ListSource, string[]][] = [
    ['statuses', fixedListWords('statuses', language)],
    ['owners', data.owners.map((owner) => owner.id)],
    ['ownerTypes', fixedListWords('ownerTypes', language)],
    ['sdgTargets', fixedListWords('sdgTargets', language)],
    ['units', fixedListWords('units', language)],
    ['directions', fixedListWords('directions', language)],
    ['indicators', data.indicators.map((indicator) => indicator.code)],
  ]
  const ranges: ListRanges = {}
  columns.forEach(([source, values], index) => {
    const letter = columnLetter(index + 1)
    if (values.length > 0) ranges[source] = `Lists!$${letter}$2:$${letter}$${values.length + 1}`
  })
  return {
    ranges,
    addTo(workbook: ExcelJS.Workbook) {
      const sheet = workbook.addWorksheet('Lists', { state: 'hidden' })
      columns.forEach(([source, values], index) => {
        const column = sheet.getColumn(index + 1)
        column.width = 24
        column.values = [source, ...values]
      })
    },
  }
}
