/**
 * Text made safe for HTML: as an element's text or inside a double-quoted attribute value. The shells' build
 * (scripts/vite/prerender.ts) and the server filling them in (app-shells.ts) both write text into HTML with it.
 */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
