/**
 * A keyboard user can tab into the prerendered shell before the app replaces it (its links work from the first
 * paint; docs/decisions/0018-paint-before-boot.md). React's first commit takes the focused link away, and the focus
 * would fall back to the start of the page: the next Tab would start over. This puts it on the same control in the
 * app instead: the same element, tag, address and name, the nth of its kind as in the shell.
 */
interface Mark {
  signature: string
  nth: number
}

const focusables = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
    (element) => !element.closest('[hidden]'),
  )

const signatureOf = (element: Element) =>
  [
    element.tagName,
    element.getAttribute('href') ?? '',
    element.getAttribute('aria-label') ?? '',
    element.textContent?.trim() ?? '',
  ].join('\u0000')

function markOf(root: HTMLElement, element: Element): Mark {
  const signature = signatureOf(element)
  const same = focusables(root).filter((candidate) => signatureOf(candidate) === signature)
  return { signature, nth: Math.max(0, same.indexOf(element as HTMLElement)) }
}

/** At the start (src/main.tsx), before React renders into `root`: follows the focus in the shell until the app has replaced it. */
export function handOverShellFocus(root: HTMLElement, timeoutMs = 15_000): void {
  if (!root.querySelector(':scope > .prerendered-screen')) return
  // The user may have tabbed in before this ran.
  let mark =
    document.activeElement && root.contains(document.activeElement) ? markOf(root, document.activeElement) : undefined
  const onFocus = (event: FocusEvent) => {
    if (event.target instanceof Element && root.contains(event.target)) mark = markOf(root, event.target)
  }
  document.addEventListener('focusin', onFocus)
  const started = performance.now()
  const check = () => {
    const replaced = !root.querySelector(':scope > .prerendered-screen')
    if (!replaced && performance.now() - started < timeoutMs) {
      requestAnimationFrame(check)
      return
    }
    document.removeEventListener('focusin', onFocus)
    const lost = document.activeElement === null || document.activeElement === document.body
    if (replaced && lost && mark) {
      const { signature, nth } = mark
      const same = focusables(root).filter((candidate) => signatureOf(candidate) === signature)
      same[nth]?.focus()
    }
  }
  requestAnimationFrame(check)
}
