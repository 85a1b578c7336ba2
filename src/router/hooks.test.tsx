import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { AppRouter, Route, StaticRouter, Switch } from './app-router'
import { memoryHistory } from './history'
import { useLocation, useNavigate, useParams, useSearchParams } from './hooks'

function StatusPicker() {
  const [params, setParams] = useSearchParams()
  const navigate = useNavigate()
  const { pathname, search } = useLocation()
  return (
    <>
      <p>
        At {pathname}
        {search}
      </p>
      <button
        onClick={() =>
          setParams((current) => {
            current.set('status', 'delayed')
            return current
          })
        }
      >
        Delayed
      </button>
      <button onClick={() => setParams(new URLSearchParams(), { replace: true })}>Clear</button>
      <button onClick={() => navigate({ pathname: '/', search: params.toString() })}>Overview</button>
      <p>Shown: {params.get('status') ?? 'all'}</p>
    </>
  )
}

test('search params: a function gets a copy, the path stays, replace is honoured, empty params leave no "?"', async () => {
  const user = userEvent.setup()
  const history = memoryHistory('/tasks?lang=en')
  render(
    <AppRouter history={history}>
      <StatusPicker />
    </AppRouter>,
  )
  await user.click(screen.getByRole('button', { name: 'Delayed' }))
  expect(history.location).toMatchObject({ pathname: '/tasks', search: '?lang=en&status=delayed' })
  expect(history.action).toBe('PUSH')
  expect(screen.getByText('Shown: delayed')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Overview' }))
  expect(screen.getByText('At /?lang=en&status=delayed')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Clear' }))
  expect(history.location).toMatchObject({ pathname: '/', search: '' })
  expect(history.action).toBe('REPLACE')

  await act(async () => history.go(-1))
  expect(screen.getByText('At /tasks?lang=en&status=delayed')).toBeInTheDocument()
})

function TaskId() {
  return <p>Activity {useParams().id}</p>
}

test('route params, letter case and the fallback route', async () => {
  const history = memoryHistory('/Tasks/t-001')
  render(
    <AppRouter history={history}>
      <Switch>
        <Route path="/tasks/:id">
          <TaskId />
        </Route>
        <Route>Not found</Route>
      </Switch>
    </AppRouter>,
  )
  expect(screen.getByText('Activity t-001')).toBeInTheDocument()
  await act(async () => history.push('/nowhere'))
  expect(screen.getByText('Not found')).toBeInTheDocument()
})

test('StaticRouter renders one address without a browser, for the prerender', () => {
  const html = renderToString(
    <StaticRouter url="/tasks?status=delayed">
      <StatusPicker />
    </StaticRouter>,
  )
  expect(html).toContain('At <!-- -->/tasks<!-- -->?status=delayed')
  expect(html).toContain('Shown: <!-- -->delayed')
})
