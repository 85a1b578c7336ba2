import { screen } from '@testing-library/react'
import { delay, http } from 'msw'
import { server } from '../../mocks/node'
import { renderRoute } from '../test/render-route'
import { keepShellPlanTitle } from '../components/kept-plan-title'

// The server writes the plan's title into the prerendered shell (server/http/app-shells.ts); the app keeps it on
// screen until its own request for the plan answers. (Module state: the order of these tests matters.)
const shell = (language: string, title: string) => {
  const root = document.createElement('div')
  root.dataset.shell = language
  root.innerHTML = `<header><div class="plan-banner plan-banner--loading"><p class="plan-banner__title">${title}</p></div></header>`
  return root
}

beforeEach(() => {
  server.use(http.get('*/api/v1/plan', () => delay('infinite')))
})

test('a shell in another language than the app starts in is not kept: the banner shows a skeleton', async () => {
  keepShellPlanTitle(shell('ru', 'План действий'), 'en')
  renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: 'Overview' })
  const banner = screen.getByText('Loading the plan…').closest('.plan-banner')
  expect(banner?.querySelector('.plan-banner__title .skeleton__line')).not.toBeNull()
  expect(screen.queryByText('План действий')).not.toBeInTheDocument()
})

test('while the plan loads, the banner shows the title the server put in, with the language it is in', async () => {
  keepShellPlanTitle(shell('en', '<span lang="ru">План действий</span>'), 'en')
  renderRoute('/')
  const title = await screen.findByText('План действий')
  expect(title).toHaveAttribute('lang', 'ru')
  expect(title.closest('.plan-banner__title')?.querySelector('.skeleton__line')).toBeNull()
  expect(screen.getByText('Loading the plan…')).toBeInTheDocument()
})
