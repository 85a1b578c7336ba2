import { useTranslation } from '../../../i18n/use-translation'
import type { ChangedRow, Row, SheetPreview } from '../../../api/schemas-import'
import { useFormat } from '../../../i18n/use-format'
import { useLanguage } from '../../../i18n/use-language'
import { capped, cellText, summaryColumns } from '../preview-rows'
import { SheetLabel } from './sheet-label'

/** What a sheet would add, change and leave out, as tables a person can read; unchanged rows are only counted. */
export function SheetChanges({ sheet }: { sheet: SheetPreview }) {
  const { t } = useTranslation()
  const format = useFormat()
  const id = `sheet-${sheet.name}`
  return (
    <section aria-labelledby={id} className="import-sheet">
      <h3 id={id}>
        <SheetLabel name={sheet.name} />
      </h3>
      {sheet.added.length > 0 && (
        <RowsTable
          sheet={sheet}
          rows={sheet.added}
          caption={t('importPlan.added', { number: format.number(sheet.added.length) })}
        />
      )}
      {sheet.changed.length > 0 && <ChangesTable changed={sheet.changed} />}
      {sheet.removed.length > 0 && (
        <RowsTable
          sheet={sheet}
          rows={sheet.removed}
          caption={t('importPlan.removed', { number: format.number(sheet.removed.length) })}
        />
      )}
    </section>
  )
}

function Cell({ text }: { text: string | null }) {
  const { t } = useTranslation()
  return text === null ? (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('importPlan.emptyCell')}</span>
    </>
  ) : (
    <>{text}</>
  )
}

function RowsTable({ sheet, rows, caption }: { sheet: SheetPreview; rows: Row[]; caption: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const columns = summaryColumns(sheet.name, useLanguage())
  const { shown, more } = capped(rows)
  return (
    <>
      <table className="data-table import-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column}>
                  <Cell text={cellText(row[column])} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p>{t('importPlan.andMore', { number: format.number(more) })}</p>}
    </>
  )
}

function ChangesTable({ changed }: { changed: ChangedRow[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { shown, more } = capped(changed)
  return (
    <>
      <table className="data-table import-table">
        <caption>{t('importPlan.changed', { number: format.number(changed.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importPlan.columns.record')}</th>
            <th scope="col">{t('importPlan.columns.row')}</th>
            <th scope="col">{t('importPlan.columns.field')}</th>
            <th scope="col">{t('importPlan.columns.before')}</th>
            <th scope="col">{t('importPlan.columns.after')}</th>
          </tr>
        </thead>
        {shown.map((row) => (
          <tbody key={row.key}>
            {row.fields.map((field, index) => (
              <tr key={field.name}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={row.fields.length}>
                    {row.key.replace('|', ' · ')}
                  </th>
                )}
                {index === 0 && (
                  <td rowSpan={row.fields.length} className="cell-number">
                    {row.row}
                  </td>
                )}
                <td>{field.name}</td>
                <td>
                  <Cell text={cellText(field.from)} />
                </td>
                <td>
                  <Cell text={cellText(field.to)} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      {more > 0 && <p>{t('importPlan.andMore', { number: format.number(more) })}</p>}
    </>
  )
}
