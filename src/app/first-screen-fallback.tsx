import { useEffect, useState, type ReactNode } from 'react'

/**
 * What the prerendered shell showed where the screen goes (docs/decisions/0015-prerendered-shell.md), kept at boot
 * before React replaces the HTML. Until the screen's own chunk is here, its Suspense fallback is this same markup, so
 * the first client render paints what the shell painted: no flash of a generic skeleton, nothing moves.
 */
let kept: { path: string; main?: string; page?: string } | undefined

/** Boot only: keeps the shell's screen when the shell is for this address and in the language the app starts in. */
export function keepPrerenderedScreen(root: HTMLElement, language: string): void {
  if (root.dataset.shell !== language) return
  // Both parts: the layout's outlet falls back to `main`, a screen without the layout (the presentation) to `page`.
  // The shell's markup sits in a busy wrapper (scripts/vite/shell-controls.ts), which the fallback brings back itself.
  const shell = root.querySelector(':scope > .prerendered-screen') ?? root
  kept = { path: window.location.pathname, main: root.querySelector('main#main')?.innerHTML, page: shell.innerHTML }
}

/**
 * The fallback of the layout's outlet (`main`) or of the whole page (`page`, the presentation has no layout): the
 * kept markup on the first screen, `children` (the usual skeleton) on every later one.
 */
export function FirstScreenFallback({ part, children }: { part: 'main' | 'page'; children: ReactNode }) {
  // No window while the build prerenders: the shell itself is being made.
  const [html] = useState(() =>
    typeof window !== 'undefined' && kept?.path === window.location.pathname ? kept[part] : undefined,
  )
  useEffect(() => {
    kept = undefined
  }, [])
  if (html === undefined) return children
  // display: contents, so the kept markup lays out as the screen's own children did. Still the shell's markup, with
  // its controls disabled: busy, as the shell was.
  return <div className="prerendered-screen" aria-busy="true" dangerouslySetInnerHTML={{ __html: html }} />
}
