import { screen } from '@testing-library/react'
import { delay, http } from 'msw'
import { server } from '../../mocks/node'
import { renderRoute } from '../test/render-route'
import { keepShellHeading } from './kept-shell-heading'

// The server writes a detail page's name into the prerendered shell's heading (server/http/app-shells.ts); the page
// keeps it while its own request is in flight. (Module state: each test keeps a shell of its own first.)
const shell = (language: string, heading: string, filled = true) => {
  const root = document.createElement('div')
  root.dataset.shell = language
  root.innerHTML = `<header class="page-header"><h1 tabindex="-1" data-shell-heading="${filled ? 'filled' : ''}">${heading}</h1></header>`
  return root
}
const indicatorPath = '/indicators/ind-4-1-1-read'

beforeEach(() => {
  server.use(http.get('*/api/v1/indicators/:id', () => delay('infinite')))
  window.history.replaceState(null, '', indicatorPath)
})
afterEach(() => window.history.replaceState(null, '', '/'))

test('while the indicator loads, its heading is the name the server put in, with the language it is in', async () => {
  keepShellHeading(shell('en', '<span lang="ru">Чтение</span>'), 'en')
  renderRoute(indicatorPath)
  const heading = await screen.findByRole('heading', { level: 1, name: 'Чтение' })
  expect(heading.querySelector('[lang="ru"]')).not.toBeNull()
  expect(screen.queryByRole('heading', { level: 1, name: 'Indicator' })).not.toBeInTheDocument()
})

test("the build's own heading (not filled in) is not kept", async () => {
  keepShellHeading(shell('en', 'Prerendered', false), 'en')
  renderRoute(indicatorPath)
  expect(await screen.findByRole('heading', { level: 1, name: 'Indicator' })).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'Prerendered' })).not.toBeInTheDocument()
})

test('a shell in another language, or of another address, is not kept: the page says "Indicator"', async () => {
  keepShellHeading(shell('ru', 'Чтение'), 'en')
  renderRoute(indicatorPath)
  expect(await screen.findByRole('heading', { level: 1, name: 'Indicator' })).toBeInTheDocument()

  keepShellHeading(shell('en', 'Reading'), 'en')
  window.history.replaceState(null, '', '/indicators/ind-4-1-1-math')
  renderRoute('/indicators/ind-4-1-1-math')
  expect(await screen.findAllByRole('heading', { level: 1, name: 'Indicator' })).not.toHaveLength(0)
  expect(screen.queryByRole('heading', { name: 'Reading' })).not.toBeInTheDocument()
})
