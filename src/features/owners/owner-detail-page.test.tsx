import { screen, within } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { renderRoute } from '../../test/render-route'

test('an organisation page lists its activities and its indicators', async () => {
  const owner = db.owners.find(
    (o) => db.tasks.some((t) => t.ownerId === o.id) && db.indicators.some((i) => i.ownerId === o.id),
  )
  if (!owner) throw new Error('the sample needs an organisation with activities and indicators')
  renderRoute(`/owners/${owner.id}`)
  expect(await screen.findByRole('heading', { level: 1, name: owner.name.en })).toBeInTheDocument()
  const own = db.tasks.filter((t) => t.ownerId === owner.id)
  const activities = screen.getByRole('region', {
    name: `${own.length === 1 ? 'Activity' : 'Activities'} (${own.length})`,
  })
  // One row per activity (rows with cells), under header rows for the plan's sections.
  await within(activities).findByRole('table', { busy: false })
  const rows = within(activities)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 0)
  expect(rows).toHaveLength(own.length)
  expect(within(activities).getAllByRole('columnheader', { name: /^Section \d+\./ }).length).toBeGreaterThan(0)
  const indicators = screen.getByRole('region', { name: 'Indicators it is responsible for' })
  expect(await within(indicators).findAllByRole('link')).toHaveLength(
    db.indicators.filter((i) => i.ownerId === owner.id).length,
  )
  expect(screen.getByRole('link', { name: 'Open in Activities' })).toHaveAttribute('href', `/tasks?owner=${owner.id}`)
})

test('an unknown organisation says so', async () => {
  renderRoute('/owners/nobody')
  expect(await screen.findByRole('heading', { level: 1, name: 'Organisation not found' })).toBeInTheDocument()
})
