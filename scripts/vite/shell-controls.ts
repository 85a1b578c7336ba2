/**
 * The prerendered shell's controls, made honest (docs/decisions/0015-prerendered-shell.md). Until the app runs, a
 * shell's button, field or select would take a click or typed text and lose it when React replaces the markup, so
 * they are disabled: the same box, dimmed, skipped by Tab, and a form cannot be sent with them (a plain sign-in form
 * would otherwise send the password in the address). A disclosure's summary cannot be disabled and the browser would
 * open it by itself; it is marked disabled, out of the Tab order, and the stylesheet takes the pointer from it.
 * Links keep working: they load the next page in full.
 *
 * React escapes `<` and `>` in text and attribute values, so in its output these patterns can only match tags.
 */
const control = /<(button|input|select|textarea)\b([^>]*)>/g
const summary = /<summary\b([^>]*)>/g
const hasDisabled = /\sdisabled(?=[\s=/>]|$)/

export function shellControlsDisabled(html: string): string {
  return html
    .replace(control, (tag, name: string, attributes: string) =>
      hasDisabled.test(attributes) ? tag : `<${name} disabled=""${attributes}>`,
    )
    .replace(summary, (_tag, attributes: string) => `<summary aria-disabled="true" tabindex="-1"${attributes}>`)
}

/**
 * The content of a shell's #root: its markup with the controls disabled, in a wrapper that says the page is busy.
 * The wrapper has `display: contents` (global.css, `.prerendered-screen`), so it lays out as if it were not there,
 * and React removes it with the rest of the shell when it renders.
 */
export function shellContent(html: string): string {
  return `<div class="prerendered-screen" aria-busy="true">${shellControlsDisabled(html)}</div>`
}
