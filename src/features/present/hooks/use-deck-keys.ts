import { useEffect } from 'react'

export interface DeckActions {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  toggleFullScreen: () => void
  exit: () => void
}

const interactive = 'a, button, input, select, textarea, summary, [contenteditable="true"]'

/** → PageDown Space: next · ← PageUp: back · Home End · F: full screen · Esc: leave (see docs/product.md, /present). */
export function useDeckKeys(actions: DeckActions): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const onControl = event.target instanceof Element && event.target.closest(interactive)
      const handlers: Record<string, (() => void) | undefined> = {
        ArrowRight: actions.next,
        PageDown: actions.next,
        ' ': onControl ? undefined : actions.next, // Space on a button presses the button
        ArrowLeft: actions.previous,
        PageUp: actions.previous,
        Home: actions.first,
        End: actions.last,
        f: actions.toggleFullScreen,
        F: actions.toggleFullScreen,
        Escape: document.fullscreenElement ? undefined : actions.exit, // the browser leaves full screen first
      }
      const handler = handlers[event.key]
      if (!handler) return
      event.preventDefault()
      handler()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [actions])
}
