import { screen, within } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { pinnedToday } from '../../test/pinned-date'
import { renderRoute } from '../../test/render-route'

const overdueOf = (ownerId: string) =>
  db.tasks.filter(
    (t) => t.ownerId === ownerId && !['completed', 'cancelled'].includes(t.status) && t.dueDate < pinnedToday,
  ).length

test('the scorecard has a row per organisation, most overdue first, each linking to it', async () => {
  renderRoute('/owners')
  const table = await screen.findByRole('table', { name: 'Activities and indicators by responsible organisation' })
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows).toHaveLength(db.owners.length)
  const overdueColumn = within(table).getByRole('columnheader', { name: /Overdue/ })
  expect(overdueColumn).toHaveAttribute('aria-sort', 'descending')
  const first = rows[0] as HTMLElement
  const firstOwner = db.owners.find((o) => within(first).queryByRole('link', { name: o.name.en }))
  const maxOverdue = Math.max(...db.owners.map((o) => overdueOf(o.id)))
  expect(overdueOf(firstOwner?.id ?? '')).toBe(maxOverdue)
})

test('sorting by a column updates aria-sort and the URL', async () => {
  const { user, router } = renderRoute('/owners')
  const table = await screen.findByRole('table', { name: 'Activities and indicators by responsible organisation' })
  const nameHeader = within(table).getByRole('columnheader', { name: /Responsible organisation/ })
  await user.click(within(nameHeader).getByRole('button'))
  expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  expect(router.state.location.search).toBe('?sort=name')
})

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
  expect(await within(activities).findAllByRole('row')).toHaveLength(own.length + 1)
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

test('a sort the scorecard cannot use is named, not silently dropped', async () => {
  renderRoute('/owners?sort=colour')
  expect(await screen.findByText(/ignored: sort=colour/)).toHaveAttribute('role', 'status')
})
