import { useId } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { useOnline } from './use-online'

/**
 * For an action that needs the server (sign in, submit a report, approve, export from the server): offline, the
 * control is disabled and says why, instead of failing. Spread `control` on the button and render `note` next to it:
 *
 *   const connection = useNeedsConnection()
 *   <button type="submit" disabled={busy || connection.offline} {...connection.control}>…</button>
 *   {connection.note}
 */
export function useNeedsConnection() {
  const { t } = useTranslation()
  const online = useOnline()
  const id = useId()
  return {
    offline: !online,
    control: { 'aria-describedby': online ? undefined : id },
    note: online ? null : (
      <p id={id} className="needs-connection">
        {t('offline.needsConnection')}
      </p>
    ),
  }
}
