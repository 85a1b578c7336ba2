import { screen, within } from '@testing-library/react'
import { renderRoute } from '../../test/render-route'

test('defines every activity status, overdue and every indicator progress status in one place', async () => {
  renderRoute('/statuses')
  expect(await screen.findByRole('heading', { level: 1, name: 'What the statuses mean' })).toBeInTheDocument()
  const activities = screen.getByRole('region', { name: 'Activity statuses' })
  const terms = within(activities)
    .getAllByRole('term')
    .map((term) => term.textContent?.replace(/^\W+/, '').trim())
  expect(terms).toEqual(['Not started', 'In progress', 'Completed', 'Delayed', 'Cancelled', 'Overdue'])
  expect(within(activities).getByText(/behind its schedule/)).toBeInTheDocument()
  expect(within(activities).getByText(/whatever the organisation reported/)).toBeInTheDocument()
  const indicators = screen.getByRole('region', { name: 'Indicator progress statuses' })
  expect(within(indicators).getAllByRole('term')).toHaveLength(6)
  expect(within(indicators).getAllByText(/0\.95/).length).toBeGreaterThan(0)
})

test('the status filter and the headline figures link to the definitions', async () => {
  const { user, router } = renderRoute('/tasks', { language: 'ru' })
  await user.click(await screen.findByRole('link', { name: 'Что означают статусы' }))
  expect(router.state.location.pathname).toBe('/statuses')
  expect(await screen.findByRole('heading', { level: 1, name: 'Что означают статусы' })).toBeInTheDocument()
  renderRoute('/', { language: 'kk' })
  expect(await screen.findAllByRole('link', { name: 'Мәртебелер нені білдіреді' })).not.toHaveLength(0)
})
