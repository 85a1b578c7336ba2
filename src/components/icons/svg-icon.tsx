import type { ReactNode } from 'react'

/**
 * The frame every icon shares: a 16-unit grid drawn in `currentColor`, 1em square, so an icon takes the colour and
 * size of the text beside it, prints in black and follows Windows' forced colours. Icons are decoration: the word is
 * always next to them, so they are hidden from assistive technology and never take focus (old Edge/IE focus SVGs).
 */
export function SvgIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}
