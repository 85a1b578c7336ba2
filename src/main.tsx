// The entry: the browser paints the prerendered shell first (docs/decisions/0015-prerendered-shell.md), then this
// starts what the shell keeps for after its first paint (the first API requests, the app, the screen's chunk, as
// preload links in an inert template) and boots the app (boot.tsx). Before, the app was preloaded from the head and
// sometimes ran before Chromium's first paint, which then waited for the whole boot
// (docs/decisions/0018-paint-before-boot.md).
import { handOverShellFocus } from './app/shell-focus'
import './styles/global.css'

const root = document.getElementById('root')
if (root) handOverShellFocus(root)

await new Promise<void>((resolve) => {
  // A frame's callback runs just before that frame paints; the timer set there runs after it. A hidden tab has no
  // frames: it boots on the fallback timer.
  const fallback = setTimeout(resolve, 200)
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(fallback)
      resolve()
    }),
  )
})
const afterFirstPaint = document.getElementById('after-first-paint')
if (afterFirstPaint instanceof HTMLTemplateElement) document.head.append(afterFirstPaint.content)
await import('./boot')
