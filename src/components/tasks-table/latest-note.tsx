import { useTranslation } from '../../i18n/use-translation'
import { firstLine, type LatestNote } from '../../domain/latest-notes'
import { pickText } from '../../i18n/localized-text'
import { useLanguage } from '../../i18n/use-language'

/**
 * The first line of the latest note; the whole note opens over the table on hover, and while the row's link has
 * focus (CSS on the row), and is in the page for screen readers. The detail page shows it in full too.
 */
export function LatestNoteCell({ note }: { note: LatestNote | null | undefined }) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (note === undefined) return null
  if (note === null) return <span className="muted">{t('tasks.noNote')}</span>
  const picked = pickText(note.note, language)
  const lang = picked.lang === language ? undefined : picked.lang
  return (
    <span className="latest-note" lang={lang}>
      <span className="latest-note__line" aria-hidden="true">
        {firstLine(picked.text)}
      </span>
      <span className="latest-note__full">{picked.text}</span>
    </span>
  )
}
