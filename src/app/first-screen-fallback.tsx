import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { screenPendingAttribute } from './route-focus'

/**
 * What the prerendered shell showed where the screen goes (docs/decisions/0015-prerendered-shell.md), kept at boot.
 * Until the screen's own chunk is here, its Suspense fallback is made of these same nodes, so the first client render
 * paints what the shell painted: no flash of a generic skeleton, nothing moves, and nothing is parsed a second time.
 */
let kept: { path: string; main?: ChildNode[]; page: ChildNode[] } | undefined

/**
 * Boot only: keeps the shell's screen when the shell is for this address and in the language the app starts in.
 *
 * The nodes stay where they are: React's render is scheduled, not done at once, and taking them out now would show
 * an empty page until it commits. React's first commit takes them out of #root (a root clears its container), and
 * the fallback's ref puts them back in the same commit, before the browser paints.
 */
export function keepPrerenderedScreen(root: HTMLElement, language: string): void {
  if (root.dataset.shell !== language) return
  // The shell's markup sits in a busy wrapper (scripts/vite/shell-controls.ts); the fallback brings its own.
  const shell = root.querySelector(':scope > .prerendered-screen') ?? root
  const main = root.querySelector('main#main')
  // Both parts: the layout's outlet falls back to `main`, a screen without the layout (the presentation) to `page`.
  kept = { path: window.location.pathname, main: main ? [...main.childNodes] : undefined, page: [...shell.childNodes] }
}

/**
 * The fallback of the layout's outlet (`main`) or of the whole page (`page`, the presentation has no layout): the
 * kept nodes on the first screen, `children` (the usual skeleton) on every later one. Either carries
 * `data-screen-pending`, so that RouteFocus waits for the screen itself.
 */
export function FirstScreenFallback({ part, children }: { part: 'main' | 'page'; children: ReactNode }) {
  // No window while the build prerenders: the shell itself is being made.
  const [nodes] = useState(() =>
    typeof window !== 'undefined' && kept?.path === window.location.pathname ? kept[part] : undefined,
  )
  useEffect(() => {
    kept = undefined
  }, [])
  // React renders no children into this element, so the nodes moved in are never touched by it; they leave the page
  // with the element when the screen replaces the fallback.
  const adopt = useCallback((container: HTMLDivElement | null) => container?.append(...(nodes ?? [])), [nodes])
  const pending = { [screenPendingAttribute]: '' }
  // display: contents, so the kept nodes lay out as the screen's own children did. Still the shell's markup, with
  // its controls disabled: busy, as the shell was.
  if (nodes === undefined)
    return (
      <div className="screen-pending" {...pending}>
        {children}
      </div>
    )
  return <div className="prerendered-screen" aria-busy="true" ref={adopt} {...pending} />
}
