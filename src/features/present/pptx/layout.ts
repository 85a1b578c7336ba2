// The deck's page: 16:9 (13.33 × 7.5 in), fonts every PowerPoint and LibreOffice has, the project's ink and lines.
export const page = { width: 13.333, height: 7.5, margin: 0.5 }
export const font = 'Arial'
export const ink = '1B1F24'
export const muted = '4A5361'
export const line = 'C8CED6'
export const brand = '0B4F8A'
export const paperAlt = 'F3F5F8'

/** Body text: 22 pt is 28 px on a 720 px tall projector image, the floor for reading from the back. */
export const bodySize = 22
export const tableSize = 16
export const footerSize = 11

export const titleBox = { x: page.margin, y: 0.35, w: page.width - 2 * page.margin, h: 0.8 }
export const contentBox = { x: page.margin, y: 1.3, w: page.width - 2 * page.margin, h: 5.4 }
/** The last line of the content area, where a list cut short says how many more there are and where to read them. */
export const moreBox = { x: page.margin, y: contentBox.y + contentBox.h - 0.5, w: contentBox.w, h: 0.5 }
export const footerBox = { x: page.margin, y: 6.75, w: page.width - 2 * page.margin - 1.2, h: 0.6 }

/** `#0b5fa5` or `rgb(11, 95, 165)` → `0B5FA5`, as PowerPoint wants it; anything else falls back to the ink. */
export function hex(colour: string): string {
  const short = /^#?([0-9a-f]{6})$/i.exec(colour.trim())
  if (short?.[1]) return short[1].toUpperCase()
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(colour.trim())
  if (rgb) {
    return rgb
      .slice(1, 4)
      .map((part) => Number(part).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase()
  }
  return ink
}
