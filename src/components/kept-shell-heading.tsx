import { useState, type ReactNode } from 'react'
import { useLanguage } from '../i18n/use-language'

/**
 * A detail page's heading as the server filled it into the prerendered shell (the activity's, indicator's or
 * organisation's name; server/http/app-shells.ts, withDetailHeading), kept at boot. While the page's own request is
 * in flight it shows that name instead of the generic "Indicator", so the largest text painted from HTML stays as it
 * is: the page's largest paint is the shell's, not one after the scripts and the API.
 */
let kept: { path: string; language: string; text: string; lang?: string } | undefined

/** Boot only, before React replaces the shell; only a heading the server filled in (the build's says "Indicator"). */
export function keepShellHeading(root: HTMLElement, language: string): void {
  const heading = root.querySelector('h1[data-shell-heading="filled"]')
  const text = heading?.textContent?.trim()
  kept = undefined
  if (root.dataset.shell !== language || !heading || !text) return
  kept = {
    path: window.location.pathname,
    language,
    text,
    lang: heading.querySelector('[lang]')?.getAttribute('lang') ?? undefined,
  }
}

/** The kept heading when this is still the first screen, in the language it was filled in; else undefined. */
export function useKeptShellHeading(): { title: ReactNode; text: string } | undefined {
  const language = useLanguage()
  // Read once: a later visit to another record must not show this one's name.
  const [heading] = useState(() =>
    typeof window !== 'undefined' && kept?.path === window.location.pathname && kept.language === language
      ? kept
      : undefined,
  )
  if (!heading) return undefined
  return { title: heading.lang ? <span lang={heading.lang}>{heading.text}</span> : heading.text, text: heading.text }
}
