import { useTranslation } from '../../../i18n/use-translation'
import type { ImportPreview } from '../../../api/schemas-import'
import { useFormat } from '../../../i18n/use-format'
import { SheetLabel } from './sheet-label'

/** Per sheet: how many rows the workbook adds, changes, leaves as they are, leaves out, and gets wrong. */
export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation()
  const format = useFormat()
  const errorsIn = (sheet: string) => preview.errors.filter((error) => error.sheet === sheet).length
  const numbers = (values: number[]) =>
    values.map((value, index) => (
      <td key={index} className="cell-number">
        {format.number(value)}
      </td>
    ))
  return (
    <table className="data-table import-counts">
      <caption>{t('importPlan.countsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importPlan.columns.sheet')}</th>
          <th scope="col">{t('importPlan.columns.added')}</th>
          <th scope="col">{t('importPlan.columns.changed')}</th>
          <th scope="col">{t('importPlan.columns.unchanged')}</th>
          <th scope="col">{t('importPlan.columns.missing')}</th>
          <th scope="col">{t('importPlan.columns.errors')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.sheets.map((sheet) => (
          <tr key={sheet.name}>
            <th scope="row">
              <SheetLabel name={sheet.name} />
            </th>
            {numbers([
              sheet.added.length,
              sheet.changed.length,
              sheet.unchanged,
              sheet.removed.length,
              errorsIn(sheet.name),
            ])}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('importPlan.total')}</th>
          {numbers([
            preview.counts.added,
            preview.counts.changed,
            preview.counts.unchanged,
            preview.counts.removed,
            preview.counts.errors,
          ])}
        </tr>
      </tfoot>
    </table>
  )
}
