import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppRouter } from './app-router'
import { memoryHistory } from './history'
import { isActivePath, Link, NavLink } from './links'

test.each([
  ['/', '/', true, true],
  ['/tasks', '/', true, false],
  ['/tasks', '/', false, false],
  ['/tasks', '/tasks', false, true],
  ['/tasks/t-001', '/tasks', false, true],
  ['/tasks/t-001', '/tasks', true, false],
  ['/tasksx', '/tasks', false, false],
  ['/Tasks', '/tasks', false, true],
])('%s is under %s (end: %s): %s', (pathname, target, end, expected) => {
  expect(isActivePath(pathname, target, end)).toBe(expected)
})

function renderNav(path: string) {
  const history = memoryHistory(path)
  render(
    <AppRouter history={history}>
      <nav>
        <NavLink to="/" end>
          Overview
        </NavLink>
        <NavLink to="/tasks" className="nav">
          Activities
        </NavLink>
        <Link to="/tasks?status=delayed">Delayed</Link>
        <Link to={{ pathname: '/tasks', search: 'status=completed' }}>Completed</Link>
      </nav>
    </AppRouter>,
  )
  return { history, user: userEvent.setup() }
}

test('the link of the page on show has aria-current="page" and the class "active"; "/" only on the overview', () => {
  renderNav('/tasks/t-001')
  const overview = screen.getByRole('link', { name: 'Overview' })
  const activities = screen.getByRole('link', { name: 'Activities' })
  expect(overview).not.toHaveAttribute('aria-current')
  expect(overview).not.toHaveClass('active')
  expect(activities).toHaveAttribute('aria-current', 'page')
  expect(activities).toHaveClass('nav', 'active')
})

test('a link pushes a history entry; one to the address on show replaces it; Back returns', async () => {
  const { history, user } = renderNav('/')
  await user.click(screen.getByRole('link', { name: 'Delayed' }))
  expect(history.location).toMatchObject({ pathname: '/tasks', search: '?status=delayed' })
  expect(history.action).toBe('PUSH')
  expect(screen.getByRole('link', { name: 'Activities' })).toHaveAttribute('aria-current', 'page')

  await user.click(screen.getByRole('link', { name: 'Delayed' }))
  expect(history.action).toBe('REPLACE')

  await user.click(screen.getByRole('link', { name: 'Completed' }))
  expect(screen.getByRole('link', { name: 'Completed' })).toHaveAttribute('href', '/tasks?status=completed')
  expect(history.location.search).toBe('?status=completed')
  act(() => history.go(-1))
  expect(history.location.search).toBe('?status=delayed')
  act(() => history.go(-1))
  expect(history.location).toMatchObject({ pathname: '/', search: '', key: 'default' })
})

test('a click with a modifier key is left to the browser', async () => {
  const { history, user } = renderNav('/')
  await user.keyboard('{Control>}')
  await user.click(screen.getByRole('link', { name: 'Delayed' }))
  await user.keyboard('{/Control}')
  expect(history.location.pathname).toBe('/')
})
