import { screen, within } from '@testing-library/react'
import { http } from 'msw'
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
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  server.use(http.get('*/api/v1/tasks', async () => void (await held)))
  const { user } = renderRoute('/')
  // The frame is there at its size while the activities load; its point comes with them. Its buttons are there too,
  // saying they are not available yet, and do nothing.
  const pendingFrame = screen.getByRole('figure', { name: 'Activities by status' })
  const pendingToggle = within(pendingFrame).getByRole('button', { name: 'Show data table' })
  expect(pendingToggle).toHaveAttribute('aria-disabled', 'true')
  await user.click(pendingToggle)
  expect(pendingToggle).toHaveAttribute('aria-expanded', 'false')
  expect(pendingToggle).toHaveAttribute('aria-disabled', 'true')
  release()
  const summary = await screen.findByText(
    `${count('delayed')} of ${db.tasks.length} activities are delayed; ${count('completed')} completed.`,
  )
  const figureEl = screen.getByRole('figure', { name: 'Activities by status' })
  expect(figureEl).toContainElement(summary)
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

test('needs attention comes right after the figures, complete: each group counted, and linked when longer than shown', async () => {
  renderRoute('/')
  const attention = await screen.findByRole('region', { name: 'Needs attention' })
  await within(attention).findAllByRole('listitem')
  // Before the charts: the first chart's figure comes after the attention section in the document.
  const firstChart = screen.getAllByRole('figure')[0] as HTMLElement
  expect(attention.compareDocumentPosition(firstChart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

  const late = db.tasks.filter(
    (t) => t.status === 'delayed' || (!['completed', 'cancelled'].includes(t.status) && t.dueDate < pinnedToday),
  )
  const lateGroup = within(attention).getByRole('region', { name: /^Overdue and delayed activities/ })
  expect(lateGroup).toHaveAccessibleName(`Overdue and delayed activities ${late.length} in all`)
  expect(within(lateGroup).getAllByRole('listitem')).toHaveLength(5)
  expect(
    within(lateGroup).getByRole('link', { name: `All ${late.length} overdue or delayed activities` }),
  ).toHaveAttribute('href', '/tasks?attention=late')

  const staleGroup = within(attention).getByRole('region', { name: /^Open activities with no update for 60 days/ })
  const stale = db.tasks.filter(
    (t) =>
      !['completed', 'cancelled'].includes(t.status) &&
      Date.parse(pinnedToday) - Date.parse(t.updatedAt.slice(0, 10)) >= 60 * 86_400_000,
  )
  expect(stale.length).toBeGreaterThan(0)
  expect(staleGroup).toHaveAccessibleName(new RegExp(`${stale.length} in all$`))
  expect(within(staleGroup).getAllByRole('listitem')).toHaveLength(Math.min(stale.length, 5))
  expect(within(staleGroup).getAllByText(/No update for \d+ days/)).toHaveLength(Math.min(stale.length, 5))

  const indicatorGroup = within(attention).getByRole('region', { name: /^Indicators with deterioration/ })
  expect(await within(indicatorGroup).findAllByRole('link')).not.toHaveLength(0)

  const upcoming = screen.getByRole('region', { name: 'Upcoming deadlines (next 90 days)' })
  const in90 = db.tasks.filter(
    (t) => !['completed', 'cancelled'].includes(t.status) && t.dueDate >= pinnedToday && t.dueDate <= '2026-08-30',
  )
  expect(within(upcoming).queryAllByRole('listitem')).toHaveLength(Math.min(in90.length, 10))
})

test('with 10,000 activities the nearest 10 deadlines show, and a link leads to all of them by deadline', async () => {
  server.use(...scenarios.large())
  renderRoute('/?status=in_progress')
  const upcoming = await screen.findByRole('region', { name: 'Upcoming deadlines (next 90 days)' })
  const items = await within(upcoming).findAllByRole('listitem', {}, { timeout: 10_000 })
  expect(items).toHaveLength(10)
  const dates = items.map((item) => within(item).getByRole('time').getAttribute('dateTime') ?? '')
  expect(dates).toEqual([...dates].sort())
  const all = within(upcoming).getByRole('link', {
    name: /^All activities by deadline \([\d,]+ due in the next 90 days\)$/,
  })
  expect(all).toHaveAttribute('href', '/tasks?status=in_progress&sort=dueDate')
})

test('the status figures add up to the total, and each says how it changed since 30 days ago', async () => {
  renderRoute('/')
  await screen.findByRole('link', { name: new RegExp(`^${db.tasks.length} — Total activities$`) })
  const statuses = ['Completed', 'In progress', 'Delayed', 'Not started', 'Cancelled']
  const sum = statuses.reduce((total, label) => total + Number(/^\d+/.exec(figure(label).textContent ?? '')?.[0]), 0)
  expect(sum).toBe(db.tasks.length)
  // Changes since 30 days ago (2 May): the sample plan's recent updates moved some activities between statuses.
  await screen.findAllByText(/since 2 May 2026$/)
  const changes = statuses.map((label) => (figure(label).nextElementSibling as HTMLElement | null)?.textContent ?? '')
  for (const change of changes) expect(change).toMatch(/^([+−]\d+ since|no change since) 2 May 2026$/)
  expect(changes.filter((change) => change.startsWith('+') || change.startsWith('−')).length).toBeGreaterThan(1)
  expect(screen.getByRole('link', { name: 'What changed since 2 May 2026' })).toHaveAttribute(
    'href',
    '/changes?since=2026-05-02',
  )
})

test('a failing activity list shows its error in place; the indicators part still works', async () => {
  server.use(...scenarios['tasks-server-error']())
  renderRoute('/')
  expect(await screen.findByText('Could not load the activities.')).toBeInTheDocument()
  expect(
    await screen.findByRole('heading', { name: /^Indicators with deterioration or limited progress \d+ in all$/ }),
  ).toBeInTheDocument()
})

test('the chart frames are filled in when the activities come, not taken out and drawn again', async () => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  // Answers nothing until released, then falls through to the sample plan's handler.
  server.use(http.get('*/api/v1/tasks', async () => void (await held)))
  renderRoute('/')
  const frame = await screen.findByRole('figure', { name: 'Activities by status' })
  release()
  expect(await within(frame).findByText(/activities are delayed/)).toBeInTheDocument()
  expect(screen.getByRole('figure', { name: 'Activities by status' })).toBe(frame)
})
