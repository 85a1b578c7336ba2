import { screen, waitFor, within } from '@testing-library/react'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import { renderRoute } from '../test/render-route'

test('the header shows the plan title and when its data is from', async () => {
  renderRoute('/')
  expect(await screen.findByText(/Action plan of the National Education Committee/i)).toBeInTheDocument()
  expect(screen.getByText(/^Data as of /)).toHaveTextContent('29 May 2026')
})

test('the main navigation names every screen', async () => {
  renderRoute('/')
  const nav = await screen.findByRole('navigation', { name: 'Main' })
  const names = within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent)
  expect(names).toEqual(['Overview', 'Activities', 'Indicators', 'Organisations', 'Changes', 'Presentation'])
  expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
})

test('navigating moves focus to the new page heading and sets the document title', async () => {
  const { user } = renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: 'Overview' })
  await user.click(screen.getByRole('link', { name: 'Indicators' }))
  // The route's code loads on demand: under a full parallel run its first import can take a few seconds.
  const heading = await screen.findByRole('heading', { level: 1, name: 'Outcome indicators' }, { timeout: 8000 })
  await waitFor(() => expect(heading).toHaveFocus())
  expect(document.title).toBe('Outcome indicators — SDG 4 Action Plan')
})

test('the language switcher is named "Language" and switches the whole interface', async () => {
  const { user } = renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: 'Overview' })
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский')
  expect(await screen.findByRole('heading', { level: 1, name: 'Обзор' })).toBeInTheDocument()
  expect(screen.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru')
  expect(document.documentElement.lang).toBe('ru')
  expect(localStorage.getItem('sdg4.language')).toBe('ru')
  expect(await screen.findByText(/План действий Национального комитета/i)).toBeInTheDocument()
})

test('?lang= in the URL sets the language', async () => {
  renderRoute('/tasks?lang=kk')
  expect(await screen.findByRole('heading', { level: 1, name: 'Іс-шаралар' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Шолу' })).toBeInTheDocument()
  expect(document.documentElement.lang).toBe('kk')
})

test('an unknown address shows a not-found page with a way back', async () => {
  renderRoute('/no/such/page')
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/')
})

test('a failing plan request is an alert with Retry, and the rest of the shell keeps working', async () => {
  server.use(...scenarios['server-error']())
  const { user } = renderRoute('/')
  // The plan's error panel loads in a chunk of its own: wait for its text, then take its alert.
  const alert = (await screen.findByText(/Could not load the action plan\./)).closest<HTMLElement>('[role="alert"]')
  if (!alert) throw new Error('no alert for the plan')
  expect(alert).toHaveTextContent('status 500')
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()

  server.resetHandlers()
  await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  expect(await screen.findByText(/Action plan of the National Education Committee/i)).toBeInTheDocument()
  expect(alert).not.toBeInTheDocument()
})

test('a skip link leads to the main content', async () => {
  renderRoute('/')
  expect(await screen.findByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main')
  expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
})
