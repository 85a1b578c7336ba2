import type { Ref } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import type { ImportError } from '../../../api/schemas-import'
import { useFormat } from '../../../i18n/use-format'
import { capped } from '../preview-rows'
import { SheetLabel } from './sheet-label'

/** The workbook's errors, each with where to find it (sheet, row, column as Excel shows them); they come first. */
export function ImportErrors({ errors, headingRef }: { errors: ImportError[]; headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { shown, more } = capped(errors)
  return (
    <section aria-labelledby="import-errors" className="import-errors">
      <h3 id="import-errors" tabIndex={-1} ref={headingRef}>
        {t('importPlan.errorsHeading', { number: format.number(errors.length) })}
      </h3>
      <p>{t('importPlan.errorsIntro')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('importPlan.columns.sheet')}</th>
            <th scope="col">{t('importPlan.columns.row')}</th>
            <th scope="col">{t('importPlan.columns.column')}</th>
            <th scope="col">{t('importPlan.columns.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((error, index) => (
            <tr key={index}>
              <td>{error.sheet ? <SheetLabel name={error.sheet} /> : t('importPlan.wholeWorkbook')}</td>
              <td className="cell-number">{error.row > 0 ? error.row : '—'}</td>
              <td>{error.column || '—'}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p>{t('importPlan.andMore', { number: format.number(more) })}</p>}
    </section>
  )
}
