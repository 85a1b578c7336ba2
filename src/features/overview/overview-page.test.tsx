import { screen, within } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import { scenarios } from '../../../mocks/scenarios'
import { pinnedToday } from '../../test/pinned-date'
import { renderRoute } from '../../test/render-route'

const count = (status: string) => db.tasks.filter((t) => t.status === status).length
const overdueCount = () =>
  db.tasks.filter((t) => !['completed', 'cancelled'].includes(t.status) && t.dueDate < pinnedToday).length

function figure(label: string) {
  const term = screen.getAllByRole('term').find((dt) => dt.textContent?.trim().endsWith(label))
  if (!term) throw new Error(`no figure ${label}`)
  return term.nextElementSibling as HTMLElement
}

test('headline figures as a description list, each linking to the matching list', async () => {
  renderRoute('/')
  await screen.findByRole('link', { name: new RegExp(`^${db.tasks.length} — Total activities$`) })
  expect(figure('Total activities')).toHaveTextContent(String(db.tasks.length))
  expect(figure('Delayed')).toHaveTextContent(String(count('delayed')))
  expect(figure('Not started')).toHaveTextContent(String(count('not_started')))
  expect(figure('In progress')).toHaveTextContent(String(count('in_progress')))
  const completedPct = Math.round((count('completed') / (db.tasks.length - count('cancelled'))) * 100)
  expect(figure('Completed')).toHaveTextContent(`${count('completed')} (${completedPct}%)`)
  expect(figure('Overdue')).toHaveTextContent(String(overdueCount()))
  expect(within(figure('Delayed')).getByRole('link')).toHaveAttribute('href', '/tasks?status=delayed')
  expect(within(figure('Overdue')).getByRole('link')).toHaveAttribute('href', '/tasks?overdue=1')
  expect(await screen.findByText(/of \d+ with data/)).toBeInTheDocument()
})

test('the figures honour the URL filters, and their links keep them', async () => {
  renderRoute('/?target=4.7')
  const on47 = db.tasks.filter((t) => t.sdgTargets.includes('4.7'))
  await screen.findByRole('link', { name: new RegExp(`^${on47.length} — Total activities$`) })
  expect(within(figure('Delayed')).getByRole('link')).toHaveAttribute('href', '/tasks?status=delayed&target=4.7')
  expect(screen.getByText('Filtered by:')).toBeInTheDocument()
})

test('each chart has a caption that says its point, and a data table on request', async () => {
  const { user } = renderRoute('/')
  const figureEl = await screen.findByRole('figure', { name: 'Activities by status' })
  expect(
    within(figureEl).getByText(
      `${count('delayed')} of ${db.tasks.length} activities are delayed; ${count('completed')} completed.`,
    ),
  ).toBeInTheDocument()
  const toggle = within(figureEl).getByRole('button', { name: 'Show data table' })
  expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await user.click(toggle)
  expect(within(figureEl).getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true')
  const table = within(figureEl).getByRole('table', { name: 'Activities by status' })
  const delayedRow = within(table).getByRole('row', { name: new RegExp(`^Delayed ${count('delayed')}$`) })
  expect(within(delayedRow).getByRole('link', { name: 'Delayed' })).toHaveAttribute('href', '/tasks?status=delayed')
  expect(screen.getByRole('figure', { name: 'Activities by SDG target' })).toBeInTheDocument()
  expect(screen.getByRole('figure', { name: 'Activities by responsible organisation' })).toBeInTheDocument()
  expect(screen.getByRole('figure', { name: 'Deadlines by quarter' })).toBeInTheDocument()
})

test('needs attention lists overdue and delayed activities and off-track indicators; upcoming shows the next 90 days', async () => {
  renderRoute('/')
  const attention = await screen.findByRole('region', { name: 'Needs attention' })
  const attentionLinks = await within(attention).findAllByRole('link')
  expect(attentionLinks.length).toBeGreaterThan(0)
  const upcoming = screen.getByRole('region', { name: 'Upcoming deadlines (next 90 days)' })
  const in90 = db.tasks.filter(
    (t) => !['completed', 'cancelled'].includes(t.status) && t.dueDate >= pinnedToday && t.dueDate <= '2026-08-30',
  )
  expect(within(upcoming).queryAllByRole('listitem')).toHaveLength(in90.length)
})

test('a failing activity list shows its error in place; the indicators part still works', async () => {
  server.use(...scenarios['tasks-server-error']())
  renderRoute('/')
  expect(await screen.findByText('Could not load the activities.')).toBeInTheDocument()
  expect(
    await screen.findByRole('heading', { name: 'Indicators with deterioration or limited progress' }),
  ).toBeInTheDocument()
})
