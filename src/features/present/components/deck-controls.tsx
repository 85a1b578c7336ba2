import { useTranslation } from '../../../i18n/use-translation'
import type { DeckActions } from '../hooks/use-deck-keys'
import type { PptxState } from '../hooks/use-pptx-download'
import { KeepForMeeting } from './keep-for-meeting'

interface DeckControlsProps {
  /** 0-based index of the slide on screen. */
  current: number
  /** Undefined while the deck's data loads: the bar keeps its place, its deck buttons disabled. */
  count: number | undefined
  actions: DeckActions
  pptx: { state: PptxState; download: () => void }
}

/** The buttons under the deck; the counter is a status, so "Slide 3 / 9" is announced as the presenter moves. */
export function DeckControls({ current, count, actions, pptx }: DeckControlsProps) {
  const { t } = useTranslation()
  const loading = count === undefined
  return (
    <nav className="deck-controls" aria-label={t('present.controls')}>
      <button
        type="button"
        className="button button--secondary"
        onClick={actions.previous}
        disabled={loading || current === 0}
      >
        {t('present.previous')}
      </button>
      <p className="deck-counter" role="status" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">{t('present.slide')} </span>
        {loading ? '–' : `${current + 1} / ${count}`}
      </p>
      <button
        type="button"
        className="button deck-next"
        onClick={actions.next}
        disabled={loading || current === count - 1}
      >
        {t('present.next')}
      </button>
      <button type="button" className="button button--secondary" onClick={actions.toggleFullScreen}>
        {t('present.fullScreen')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()} disabled={loading}>
        {t('present.print')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={pptx.download}
        disabled={loading}
        aria-disabled={pptx.state === 'preparing'}
      >
        {t('present.pptx.download')}
      </button>
      <p className="deck-message" role="status" aria-live="polite">
        {pptx.state === 'preparing' && t('present.pptx.preparing')}
        {pptx.state === 'ready' && t('present.pptx.ready')}
      </p>
      {pptx.state === 'failed' && (
        <p className="deck-message" role="alert">
          {t('present.pptx.failed')}
        </p>
      )}
      <KeepForMeeting />
      <button type="button" className="button button--secondary" onClick={actions.exit}>
        {t('present.exit')}
      </button>
    </nav>
  )
}
