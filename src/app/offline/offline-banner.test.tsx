import { onlineManager } from '@tanstack/react-query'
import { act, screen, waitFor } from '@testing-library/react'
import { renderRoute } from '../../test/render-route'

afterEach(() => onlineManager.setOnline(true))

const offlineBanner = () => screen.getAllByRole('status').find((region) => region.classList.contains('offline-banner'))

test('offline, the screen keeps its data and says calmly how old it is; back online the banner goes', async () => {
  renderRoute('/tasks?status=delayed')
  await screen.findByText(/^Showing \d+ of \d+ activities$/)
  await waitFor(() => expect(offlineBanner()).toBeDefined())
  expect(offlineBanner()).toBeEmptyDOMElement()

  act(() => onlineManager.setOnline(false))
  // The data was fetched at the tests' pinned time, 1 June 2026 02:30 in Almaty (src/test/pinned-date.ts).
  expect(offlineBanner()).toHaveTextContent(/^Offline — showing data as of 1 Jun 2026, 02:30$/)
  expect(screen.getByText(/^Showing \d+ of \d+ activities$/)).toBeInTheDocument()

  act(() => onlineManager.setOnline(true))
  expect(offlineBanner()).toBeEmptyDOMElement()
})

test.each([
  ['kk', /^Желі жоқ — .+ жағдай бойынша деректер көрсетілген$/],
  ['ru', /^Нет сети — показаны данные по состоянию на /],
] as const)('the banner speaks %s', async (language, text) => {
  renderRoute('/', { language })
  await waitFor(() => expect(offlineBanner()).toBeDefined())
  await screen.findAllByText(/2026/)
  act(() => onlineManager.setOnline(false))
  expect(offlineBanner()).toHaveTextContent(text)
})

test('an action that needs the server is disabled offline and says why', async () => {
  renderRoute('/sign-in')
  const submit = await screen.findByRole('button', { name: 'Sign in' })
  act(() => onlineManager.setOnline(false))
  expect(submit).toBeDisabled()
  expect(submit).toHaveAccessibleDescription('Needs a connection: try again when the network is back.')
  act(() => onlineManager.setOnline(true))
  expect(submit).toBeEnabled()
  expect(submit).not.toHaveAccessibleDescription()
})
