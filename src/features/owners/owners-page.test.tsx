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

test('a sort the scorecard cannot use is named, not silently dropped', async () => {
  renderRoute('/owners?sort=colour')
  expect(await screen.findByText(/ignored: sort=colour/)).toHaveAttribute('role', 'status')
})

test('the scorecard lines its numbers up: every cell after the name is a right-aligned, tabular number', async () => {
  renderRoute('/owners')
  const table = await screen.findByRole('table', { name: 'Activities and indicators by responsible organisation' })
  const firstRow = within(table).getAllByRole('row')[1] as HTMLElement
  const numbers = within(firstRow).getAllByRole('cell')
  expect(numbers).toHaveLength(9) // total, five statuses, overdue, % completed, indicators
  for (const cell of numbers) expect(cell).toHaveClass('cell-number')
})
