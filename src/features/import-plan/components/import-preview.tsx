import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import type { ImportPreview } from '../../../api/schemas-import'
import { useFormat } from '../../../i18n/use-format'
import { importErrorMessage, isPlanChanged } from '../import-error-message'
import { ImportCounts } from './import-counts'
import { ImportErrors } from './import-errors'
import { SheetChanges } from './sheet-changes'

interface ImportPreviewViewProps {
  preview: ImportPreview
  onApply: (removeMissing: boolean) => void
  onDiscard: () => void
  onCheckAgain: () => void
  busy: boolean
  error: unknown
}

/**
 * The check's result: errors first with where they are, then the counts per sheet, then each sheet's rows, then the
 * choice. Focus lands on the errors when there are any, else on the result's heading, so the reader starts there.
 */
export function ImportPreviewView({ preview, onApply, onDiscard, onCheckAgain, busy, error }: ImportPreviewViewProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const [removeMissing, setRemoveMissing] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const errorsHeading = useRef<HTMLHeadingElement>(null)
  const hasErrors = preview.errors.length > 0
  const sheetsWithRows = preview.sheets.filter((s) => s.added.length + s.changed.length + s.removed.length > 0)

  useEffect(() => {
    ;(hasErrors ? errorsHeading : heading).current?.focus()
  }, [preview.id, hasErrors])

  return (
    <section aria-labelledby="import-preview" className="import-section import-preview">
      <h2 id="import-preview" tabIndex={-1} ref={heading}>
        {t('importPlan.previewHeading')}
      </h2>
      <p>
        {t('importPlan.summary', {
          added: format.number(preview.counts.added),
          changed: format.number(preview.counts.changed),
          unchanged: format.number(preview.counts.unchanged),
          removed: format.number(preview.counts.removed),
          errors: format.number(preview.counts.errors),
        })}
      </p>
      {hasErrors && <ImportErrors errors={preview.errors} headingRef={errorsHeading} />}
      <ImportCounts preview={preview} />
      {sheetsWithRows.map((sheet) => (
        <SheetChanges key={sheet.name} sheet={sheet} />
      ))}
      {!hasErrors && sheetsWithRows.length === 0 && <p>{t('importPlan.nothingChanges')}</p>}
      <div className="import-choice">
        <label>
          <input
            type="checkbox"
            checked={removeMissing}
            onChange={(event) => setRemoveMissing(event.currentTarget.checked)}
            disabled={preview.counts.removed === 0}
          />{' '}
          {t('importPlan.removeMissing', { number: format.number(preview.counts.removed) })}
        </label>
        <div className="page-actions">
          <button
            type="button"
            className="button"
            onClick={() => onApply(removeMissing)}
            disabled={hasErrors || busy}
            aria-describedby={hasErrors ? 'apply-blocked' : undefined}
          >
            {t('importPlan.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDiscard} disabled={busy}>
            {t('importPlan.discard')}
          </button>
        </div>
        {hasErrors && (
          <p id="apply-blocked" className="import-problem">
            {t('importPlan.applyBlocked')}
          </p>
        )}
        {error !== null && (
          <div role="alert" className="import-problem">
            <p>{importErrorMessage(error, t)}</p>
            {isPlanChanged(error) && (
              <button type="button" className="button" onClick={onCheckAgain}>
                {t('importPlan.checkAgain')}
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  )
}
