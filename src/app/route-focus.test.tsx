import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { lazy, Suspense, type ComponentType } from 'react'
import { AppRouter, Route, Switch } from '../router/app-router'
import { memoryHistory } from '../router/history'
import { Link } from '../router/links'
import { createI18n } from '../i18n/setup'
import { I18nProvider } from '../i18n/use-translation'
import { allCatalogs } from '../test/catalogs'
import { RouteFocus } from './route-focus'
import { ScreenSuspense } from './screen-suspense'

/** A screen whose code arrives only when the test says so, like a route chunk on a slow network. */
function slowScreen(name = 'Indicators') {
  let arrive = () => {}
  const Screen = lazy(
    () =>
      new Promise<{ default: ComponentType }>((resolve) => {
        arrive = () => resolve({ default: () => <h1 tabIndex={-1}>{name}</h1> })
      }),
  )
  return { Screen, arrive: () => arrive() }
}

test('a navigation keeps the old screen until the new one has loaded, then focuses its heading', async () => {
  const user = userEvent.setup()
  const { Screen, arrive } = slowScreen()
  render(
    <AppRouter history={memoryHistory('/')}>
      <RouteFocus />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>Loading…</p>}>
          <Switch>
            <Route path="/">
              <h1 tabIndex={-1}>Overview</h1>
              <Link to="/indicators">Go to indicators</Link>
            </Route>
            <Route path="/indicators">
              <Screen />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </AppRouter>,
  )

  await user.click(screen.getByRole('link', { name: 'Go to indicators' }))
  expect(screen.getByRole('heading', { name: 'Overview' })).toBeInTheDocument()
  expect(screen.queryByText('Loading…')).not.toBeInTheDocument()

  await act(async () => arrive())
  const heading = await screen.findByRole('heading', { name: 'Indicators' })
  expect(screen.queryByRole('heading', { name: 'Overview' })).not.toBeInTheDocument()
  await waitFor(() => expect(heading).toHaveFocus())
})

/** The app's outlet while the first screen's code is still on its way (its boundary shows its fallback). */
function renderWhileFirstScreenLoads() {
  const first = slowScreen('Overview')
  const next = slowScreen('Indicators')
  render(
    <I18nProvider i18n={createI18n('en', allCatalogs)}>
      <AppRouter history={memoryHistory('/')}>
        <RouteFocus />
        <nav>
          <Link to="/indicators">Go to indicators</Link>
          <a href="#elsewhere">Elsewhere</a>
        </nav>
        <main id="main" tabIndex={-1}>
          <ScreenSuspense part="main">
            <Switch>
              <Route path="/">
                <first.Screen />
              </Route>
              <Route path="/indicators">
                <next.Screen />
              </Route>
            </Switch>
          </ScreenSuspense>
        </main>
      </AppRouter>
    </I18nProvider>,
  )
  expect(screen.getByRole('status')).toHaveTextContent('Loading')
  return { arriveNext: () => act(async () => next.arrive()) }
}

test("a navigation while the first screen's code is still on its way focuses the heading of the screen that arrives", async () => {
  // The address changes before the new screen is there: CI saw the focus land on the fallback and stay behind.
  const user = userEvent.setup()
  const { arriveNext } = renderWhileFirstScreenLoads()
  await user.click(screen.getByRole('link', { name: 'Go to indicators' }))
  await arriveNext()
  const heading = await screen.findByRole('heading', { name: 'Indicators' })
  await waitFor(() => expect(heading).toHaveFocus())
})

test('while the new screen loads, a reader who moves the focus keeps it there', async () => {
  const user = userEvent.setup()
  const { arriveNext } = renderWhileFirstScreenLoads()
  await user.click(screen.getByRole('link', { name: 'Go to indicators' }))
  await user.tab()
  const elsewhere = screen.getByRole('link', { name: 'Elsewhere' })
  expect(elsewhere).toHaveFocus()
  await arriveNext()
  await screen.findByRole('heading', { name: 'Indicators' })
  expect(elsewhere).toHaveFocus()
})

test('while the new screen loads, a reader who goes to another tab and comes back still lands on its heading', async () => {
  const user = userEvent.setup()
  const { arriveNext } = renderWhileFirstScreenLoads()
  const link = screen.getByRole('link', { name: 'Go to indicators' })
  await user.click(link)
  // What a browser fires: leaving, focusout at the focused link and blur at the window; coming back, focus at the
  // window and focusin at the link again.
  fireEvent.focusOut(link)
  fireEvent.blur(window)
  fireEvent.focus(window)
  fireEvent.focusIn(link)
  await arriveNext()
  const heading = await screen.findByRole('heading', { name: 'Indicators' })
  await waitFor(() => expect(heading).toHaveFocus())
})
