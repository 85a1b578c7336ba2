import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { preloadScreen } from './app/routes'
import { keepPrerenderedScreen } from './app/first-screen-fallback'
import { keepShellPlanTitle } from './components/kept-plan-title'
import { keepShellHeading } from './components/kept-shell-heading'
import { detectLanguage, intlLocales, setDocumentLanguage } from './i18n/languages'
import { createI18n, loadCatalog } from './i18n/setup'

/**
 * The built-in mock API runs in the browser in development unless a real API is configured, and in a production
 * build only when asked for (`VITE_API_MOCKING=on`, the self-contained demo). Vite replaces these values at build
 * time, so a normal production build drops the branch, and msw with it.
 */
async function startMockApiIfEnabled(): Promise<void> {
  if (
    import.meta.env.VITE_API_MOCKING === 'on' ||
    (import.meta.env.DEV && !import.meta.env.VITE_API_BASE_URL && import.meta.env.VITE_API_MOCKING !== 'off')
  ) {
    const { startMockApi } = await import('../mocks/browser')
    await startMockApi(new URLSearchParams(window.location.search).get('scenario'))
  }
}

const screenWaitMs = 1000
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const language = detectLanguage(window.location.search)
setDocumentLanguage(language)
// A page's first Intl formatter costs 25–50 ms, whatever its options (ICU loads its data); the ones after it well under
// one. Made here, in a task of its own while the catalog loads, it stays out of the first render of a table.
setTimeout(() => new Intl.NumberFormat(intlLocales[language]).format(0))
// Render only once the worker is ready (or the first requests would escape the mock), the catalog is here and the
// screen's chunk (the shell preloads both). Until then the server's prerendered shell of this screen stays on screen
// (docs/decisions/0015-prerendered-shell.md).
const [catalog, screenReady] = await Promise.all([
  loadCatalog(language),
  // Not for long: on a slow network the app starts without it, the shell's screen standing in until it comes.
  Promise.race([preloadScreen(window.location.pathname), delay(screenWaitMs).then(() => false)]),
  startMockApiIfEnabled(),
])
const i18n = createI18n(language, { [language]: catalog })

// React replaces the shell (no hydration: nothing to mismatch). The first render paints the same frame: it draws the
// screen itself, or, while its chunk is still on its way, a fallback made of the shell's own markup for it. Replacing
// that fallback later costs a second commit of the whole screen (235 elements out and 236 in on the overview), which
// is why the chunk is waited for first.
const root = document.getElementById('root') as HTMLElement
if (!screenReady) keepPrerenderedScreen(root, language)
keepShellPlanTitle(root, language)
keepShellHeading(root, language)
// In a transition, React renders the app in slices of a few milliseconds and commits once (one task of 60–150 ms
// otherwise); the shell stays on screen meanwhile, and a focus inside it moves to the app's same control
// (src/app/shell-focus.ts).
const app = createRoot(root)
startTransition(() =>
  app.render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  ),
)
