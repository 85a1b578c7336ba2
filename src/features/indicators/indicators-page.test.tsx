import { screen } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { renderRoute } from '../../test/render-route'

test('lists indicators grouped by SDG target with status and counts per status', async () => {
  renderRoute('/indicators')
  expect(
    await screen.findByText(`Showing ${db.indicators.length} of ${db.indicators.length} indicators`),
  ).toBeInTheDocument()
  const targets = [...new Set(db.indicators.map((i) => i.sdgTarget))]
  for (const target of targets)
    expect(screen.getByRole('heading', { level: 2, name: `Target ${target}` })).toBeInTheDocument()
  // Counts stated as the sample plan has them (see mocks/mock-api.test.ts), not recomputed with the method itself.
  expect(screen.getByRole('checkbox', { name: 'Deterioration (3)' })).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'On track (7)' })).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Target value achieved (1)' })).toBeInTheDocument()
})

test('filters by progress status through the URL', async () => {
  const { user, router } = renderRoute('/indicators')
  await screen.findByRole('checkbox', { name: /^On track/ })
  await user.click(screen.getByRole('checkbox', { name: /^On track/ }))
  expect(router.state.location.search).toBe('?status=on_track')
  expect(screen.getAllByRole('row').length - screen.getAllByRole('table').length).toBe(7)
  expect(screen.getByRole('link', { name: /Digital literacy/ })).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: /minimum proficiency in reading/ })).not.toBeInTheDocument()
})
