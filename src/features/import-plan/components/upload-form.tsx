import type { FormEvent } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { workbookMediaType, type UploadStage } from '../../../api/imports'
import { useFormat } from '../../../i18n/use-format'
import { importErrorMessage } from '../import-error-message'

/** The server refuses bodies over 10 MiB (413); a larger file is refused here before a minute of uploading. */
export const maxWorkbookBytes = 10 * 1024 * 1024

interface UploadFormProps {
  file: File | null
  onFile: (file: File | null) => void
  onCheck: () => void
  stage: UploadStage | null
  checking: boolean
  error: unknown
}

/** Choose the workbook and send it for checking; the stage is said in a live region and drawn as a bar. */
export function UploadForm({ file, onFile, onCheck, stage, checking, error }: UploadFormProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const tooLarge = file !== null && file.size > maxWorkbookBytes

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (file && !tooLarge) onCheck()
  }
  // Announced in steps of ten, so a screen reader is not flooded with every percent.
  const stageText =
    stage?.stage === 'uploading'
      ? t('importPlan.upload.uploading', { percent: format.percent(Math.floor(stage.percent / 10) * 10) })
      : stage?.stage === 'checking'
        ? t('importPlan.upload.checking')
        : ''

  return (
    <section aria-labelledby="workbook-upload" className="import-section">
      <h2 id="workbook-upload">{t('importPlan.upload.heading')}</h2>
      <form onSubmit={submit} className="import-upload" noValidate>
        <label htmlFor="workbook-file">{t('importPlan.upload.label')}</label>
        <p id="workbook-file-hint" className="field-hint">
          {t('importPlan.upload.hint')}
        </p>
        <input
          id="workbook-file"
          type="file"
          accept={`.xlsx,${workbookMediaType}`}
          aria-describedby="workbook-file-hint"
          aria-invalid={tooLarge || undefined}
          onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
        />
        <div>
          <button type="submit" className="button" disabled={!file || checking} aria-disabled={checking || undefined}>
            {t('importPlan.upload.check')}
          </button>
        </div>
        <p role="status" className="import-stage">
          {stageText}
        </p>
        {stage && (
          <progress
            max={100}
            value={stage.stage === 'uploading' ? stage.percent : undefined}
            aria-label={t('importPlan.upload.progressLabel')}
          />
        )}
        {tooLarge && (
          <p role="alert" className="import-problem">
            {t('importPlan.errors.tooLarge')}
          </p>
        )}
        {error !== null && (
          <p role="alert" className="import-problem">
            {importErrorMessage(error, t)}
          </p>
        )}
      </form>
    </section>
  )
}
