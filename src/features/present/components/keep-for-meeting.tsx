import { useTranslation } from '../../../i18n/use-translation'
import { useNeedsConnection } from '../../../components/needs-connection'
import { useKeepForMeeting } from '../hooks/use-keep-for-meeting'

/**
 * "Keep for the meeting", under the deck: one click before the meeting, and the deck works with the cable pulled.
 * The status region says when it is working and when it is ready; a failure is an alert.
 */
export function KeepForMeeting() {
  const { t } = useTranslation()
  const { state, keep } = useKeepForMeeting()
  const connection = useNeedsConnection()
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={keep}
        disabled={connection.offline}
        aria-disabled={state.kind === 'working' || undefined}
        {...connection.control}
      >
        {t('offline.keep.button')}
      </button>
      {connection.note}
      {state.kind === 'working' && state.total > 0 && (
        <progress value={state.done} max={state.total} aria-label={t('offline.keep.button')} />
      )}
      <p className="deck-message" role="status">
        {state.kind === 'working' && t('offline.keep.working')}
        {state.kind === 'ready' && t('offline.keep.ready')}
      </p>
      {state.kind === 'failed' && (
        <p className="deck-message" role="alert">
          {t('offline.keep.failed')}
        </p>
      )}
    </>
  )
}
