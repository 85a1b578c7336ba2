import { useState } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { useLocation } from '../../router/hooks'

interface UpdatePromptProps {
  available: boolean
  reload: () => void
}

/**
 * "A new version is available — Reload": offered, never forced. Not on the presentation: the projector keeps the deck
 * and the offer waits until the presenter leaves it. "Later" puts it away until the next visit.
 */
export function UpdatePrompt({ available, reload }: UpdatePromptProps) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const [later, setLater] = useState(false)
  const shown = available && !later && pathname !== '/present'
  return (
    <div className="update-prompt" role="status">
      {shown && (
        <>
          <p>{t('offline.update.available')}</p>
          <button type="button" className="button" onClick={reload}>
            {t('offline.update.reload')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setLater(true)}>
            {t('offline.update.later')}
          </button>
        </>
      )}
    </div>
  )
}
