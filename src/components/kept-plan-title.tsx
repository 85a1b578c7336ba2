/**
 * The plan's title as the server wrote it into the prerendered shell (server/http/app-shells.ts, withPlanTitle): in
 * the banner of most screens, on the title slide of the presentation. Kept at boot, it is shown until the app's own
 * request for the plan answers, so the title painted from HTML stays where it is instead of becoming a skeleton.
 */
let shellTitle: { language: string; text: string; lang: string | undefined } | undefined

/** Boot only, before React replaces the shell; only a title the server filled in, in the language the app starts in. */
export function keepShellPlanTitle(root: HTMLElement, language: string): void {
  const title = root.querySelector('.plan-banner__title, .slide-title__plan')
  if (root.dataset.shell !== language || !title || title.querySelector('.skeleton__line')) return
  const text = title.textContent ?? ''
  if (text.trim())
    shellTitle = { language, text, lang: title.querySelector('[lang]')?.getAttribute('lang') ?? undefined }
}

/** The kept title in `language` (with its own `lang` when it is another), or a skeleton line of the title's place. */
export function KeptPlanTitle({ language }: { language: string }) {
  const kept = shellTitle?.language === language ? shellTitle : undefined
  if (!kept) return <span className="skeleton__line" aria-hidden="true" />
  return kept.lang ? <span lang={kept.lang}>{kept.text}</span> : <>{kept.text}</>
}
