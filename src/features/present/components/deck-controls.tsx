import { useTranslation } from 'react-i18next'
import type { DeckActions } from '../hooks/use-deck-keys'

interface DeckControlsProps {
  /** 0-based index of the slide on screen. */
  current: number
  count: number
  actions: DeckActions
}

/** The buttons under the deck; the counter is a status, so "Slide 3 / 9" is announced as the presenter moves. */
export function DeckControls({ current, count, actions }: DeckControlsProps) {
  const { t } = useTranslation()
  return (
    <nav className="deck-controls" aria-label={t('present.controls')}>
      <button type="button" className="button button--secondary" onClick={actions.previous} disabled={current === 0}>
        {t('present.previous')}
      </button>
      <p className="deck-counter" role="status" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">{t('present.slide')} </span>
        {current + 1} / {count}
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={actions.next}
        disabled={current === count - 1}
      >
        {t('present.next')}
      </button>
      <button type="button" className="button button--secondary" onClick={actions.toggleFullScreen}>
        {t('present.fullScreen')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('present.print')}
      </button>
      <button type="button" className="button" onClick={actions.exit}>
        {t('present.exit')}
      </button>
    </nav>
  )
}
