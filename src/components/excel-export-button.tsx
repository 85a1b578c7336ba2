import { useState } from 'react'
import { useTranslation } from '../i18n/use-translation'
import type { ExportTable } from '../domain/export-table'
import { downloadBlob } from './download'

type ExportState = 'idle' | 'preparing' | 'ready' | 'failed'

interface ExcelExportButtonProps {
  /** The table as on screen, built only when the user asks for the file. */
  table: () => ExportTable
  fileName: () => string
  disabled?: boolean
}

/**
 * "Export to Excel": the workbook writer (exceljs) loads only now, in a chunk of its own, so the first screen does
 * not carry it. What happens is said in a live region; a second click while preparing does nothing.
 */
export function ExcelExportButton({ table, fileName, disabled = false }: ExcelExportButtonProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<ExportState>('idle')

  const download = async () => {
    if (state === 'preparing') return
    setState('preparing')
    try {
      const { writeXlsxTable, xlsxMimeType } = await import('../domain/xlsx-table')
      const bytes = await writeXlsxTable(table())
      downloadBlob(new Blob([bytes], { type: xlsxMimeType }), fileName())
      setState('ready')
    } catch {
      setState('failed')
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={disabled}
        aria-disabled={state === 'preparing' || undefined}
      >
        {t('excelExport.button')}
      </button>
      <span role="status" className="visually-hidden">
        {state === 'preparing' && t('excelExport.preparing')}
        {state === 'ready' && t('excelExport.ready')}
      </span>
      {state === 'failed' && (
        <p role="alert" className="export-message">
          {t('excelExport.failed')}
        </p>
      )}
    </>
  )
}
