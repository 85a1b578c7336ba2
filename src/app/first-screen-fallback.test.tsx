import { act, render, screen } from '@testing-library/react'
import { lazy, StrictMode, Suspense } from 'react'
import { FirstScreenFallback, keepPrerenderedScreen } from './first-screen-fallback'

/** #root as the server sends it (scripts/vite/prerender.ts): the shell's markup in its busy wrapper. */
function shellRoot(language: string) {
  const root = document.createElement('div')
  root.id = 'root'
  root.dataset.shell = language
  root.innerHTML =
    '<div class="prerendered-screen" aria-busy="true"><header><a href="/">Dashboard</a></header>' +
    '<main id="main"><h1>Activities</h1><input type="search" aria-label="Search" disabled=""></main></div>'
  document.body.append(root)
  return root
}

/** The screen as a lazy chunk, as the routes have it, loading until `ready` settles. */
const lazyScreen = (ready: Promise<void>) =>
  lazy(async () => {
    await ready
    return { default: () => <h1>Activities, the app&apos;s own</h1> }
  })

function renderApp(root: HTMLElement, ready: Promise<void>) {
  const Screen = lazyScreen(ready)
  return render(
    <StrictMode>
      <main id="main">
        <Suspense
          fallback={
            <FirstScreenFallback part="main">
              <p>Usual skeleton</p>
            </FirstScreenFallback>
          }
        >
          <Screen />
        </Suspense>
      </main>
    </StrictMode>,
    { container: root },
  )
}

afterEach(() => document.getElementById('root')?.remove())

test("until the screen is here, its fallback is the shell's own nodes, then the screen replaces them", async () => {
  const errors = vi.spyOn(console, 'error')
  const root = shellRoot('en')
  const shellHeading = root.querySelector('h1')
  let arrive = () => {}
  const ready = new Promise<void>((resolve) => (arrive = resolve))
  keepPrerenderedScreen(root, 'en')
  renderApp(root, ready)

  // The same element, moved: not markup parsed a second time. Its controls are still the shell's, disabled.
  expect(screen.getByRole('heading', { level: 1 })).toBe(shellHeading)
  expect(screen.getByRole('searchbox', { name: 'Search' })).toBeDisabled()
  // Only the screen's part: the rest of the page is the app's own.
  expect(screen.queryByRole('link', { name: 'Dashboard' })).not.toBeInTheDocument()
  expect(screen.queryByText('Usual skeleton')).not.toBeInTheDocument()

  await act(async () => arrive())
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Activities, the app's own")
  expect(shellHeading?.isConnected).toBe(false)
  expect(errors).not.toHaveBeenCalled()
})

test('the fallback of a later screen is the usual one', async () => {
  keepPrerenderedScreen(shellRoot('en'), 'en')
  const first = renderApp(document.getElementById('root') as HTMLElement, Promise.resolve())
  await screen.findByText("Activities, the app's own")
  first.unmount()

  renderApp(shellRoot('en'), new Promise(() => {}))
  expect(screen.getByText('Usual skeleton')).toBeInTheDocument()
  expect(screen.queryByRole('heading')).not.toBeInTheDocument()
})

test('a shell in another language than the app starts in is not kept', () => {
  const root = shellRoot('ru')
  keepPrerenderedScreen(root, 'en')
  renderApp(root, new Promise(() => {}))
  expect(screen.getByText('Usual skeleton')).toBeInTheDocument()
  expect(screen.queryByRole('heading')).not.toBeInTheDocument()
})
