import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { lazy, Suspense, type ComponentType } from 'react'
import { AppRouter, Route, Switch } from '../router/app-router'
import { memoryHistory } from '../router/history'
import { Link } from '../router/links'
import { RouteFocus } from './route-focus'

/** A screen whose code arrives only when the test says so, like a route chunk on a slow network. */
function slowScreen() {
  let arrive = () => {}
  const Screen = lazy(
    () =>
      new Promise<{ default: ComponentType }>((resolve) => {
        arrive = () => resolve({ default: () => <h1 tabIndex={-1}>Indicators</h1> })
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
