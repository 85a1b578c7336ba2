import { useEffect, useRef } from 'react'
import { useTranslation } from '../../../i18n/use-translation'
import { Link } from '../../../router/links'
import type { ImportPreview } from '../../../api/schemas-import'
import { useFormat } from '../../../i18n/use-format'

/** Done: what the plan took from the workbook, and the way to see it. Focus moves here, so it is read out. */
/** `removedMissing`: whether the rows missing from the workbook were deleted (else they were kept). */
export function ImportApplied({ result, removedMissing }: { result: ImportPreview; removedMissing: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [result.id])
  return (
    <section aria-labelledby="import-applied" className="import-section import-applied">
      <h2 id="import-applied" tabIndex={-1} ref={heading}>
        {t('importPlan.appliedHeading')}
      </h2>
      <p>
        {t('importPlan.appliedSummary', {
          added: format.number(result.counts.added),
          changed: format.number(result.counts.changed),
          removed: format.number(removedMissing ? result.counts.removed : 0),
        })}
      </p>
      <p>
        <Link to="/">{t('importPlan.toOverview')}</Link>
      </p>
    </section>
  )
}
