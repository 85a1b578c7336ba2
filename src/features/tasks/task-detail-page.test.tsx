import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { db } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render-route'

const withEverything = () =>
  db.tasks.find(
    (t) =>
      t.milestones.length > 0 &&
      t.indicatorIds.length > 0 &&
      t.partnerIds.length > 0 &&
      db.updates.some((u) => u.taskId === t.id),
  )

test('shows the activity with its owner, partners, dates, milestones, linked indicators and history', async () => {
  const task = withEverything()
  if (!task) throw new Error('the sample plan needs an activity with milestones, indicators, partners and updates')
  renderRoute(`/tasks/${task.id}`)
  expect(await screen.findByRole('heading', { level: 1, name: task.title.en })).toBeInTheDocument()
  expect(document.title).toBe(`${task.code} ${task.title.en} — SDG 4 Action Plan`)

  const owner = db.owners.find((o) => o.id === task.ownerId)
  expect(await screen.findByRole('link', { name: owner?.name.en })).toHaveAttribute('href', `/owners/${task.ownerId}`)
  for (const partnerId of task.partnerIds) {
    const partner = db.owners.find((o) => o.id === partnerId)
    expect(screen.getByRole('link', { name: partner?.name.en })).toHaveAttribute('href', `/owners/${partnerId}`)
  }

  const milestones = screen.getByRole('region', { name: 'Milestones' })
  expect(within(milestones).getAllByRole('listitem')).toHaveLength(task.milestones.length)

  const indicators = screen.getByRole('region', { name: 'Linked indicators' })
  for (const id of task.indicatorIds) {
    const indicator = db.indicators.find((i) => i.id === id)
    const link = await within(indicators).findByRole('link', {
      name: new RegExp(indicator?.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? ''),
    })
    expect(link).toHaveAttribute('href', `/indicators/${id}`)
  }
  expect(
    within(indicators).getAllByText(
      /Target value achieved|On track|Acceleration needed|Limited progress|Deterioration|Insufficient data/,
    ),
  ).toHaveLength(task.indicatorIds.length)

  const history = screen.getByRole('region', { name: 'Update history' })
  const updates = db.updates.filter((u) => u.taskId === task.id)
  const items = within(history).getAllByRole('listitem')
  expect(items).toHaveLength(updates.length)
  expect(items[0]).toHaveTextContent(updates[0]?.author ?? '')
})

test('an unknown id says "Activity not found" with a way back', async () => {
  renderRoute('/tasks/no-such-activity')
  expect(await screen.findByRole('heading', { level: 1, name: 'Activity not found' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to all activities' })).toHaveAttribute('href', '/tasks')
})

test('"Activity not found" is translated', async () => {
  renderRoute('/tasks/no-such-activity', { language: 'kk' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Іс-шара табылмады' })).toBeInTheDocument()
})

test('a server failure uses the error panel with Retry', async () => {
  server.use(http.get('*/api/v1/tasks/:id', () => new HttpResponse(null, { status: 500 })))
  const { user } = renderRoute('/tasks/t-001')
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Could not load the activity.')
  server.resetHandlers()
  await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Update history' })).toBeInTheDocument()
})

test('an owner id the API does not know is shown as it is, marked unknown', async () => {
  const task = db.tasks[0]
  server.use(
    http.get('*/api/v1/tasks/:id', () =>
      HttpResponse.json({ ...task, ownerId: 'ghost-org', indicatorIds: ['ghost-indicator'], updates: [] }),
    ),
  )
  renderRoute(`/tasks/${task?.id}`)
  expect(await screen.findByText('(unknown organisation)')).toBeInTheDocument()
  expect(screen.getByText(/ghost-org/)).toBeInTheDocument()
  expect(await screen.findByText('(unknown indicator)')).toBeInTheDocument()
})

test('text from the API is shown as text, never as HTML', async () => {
  const task = db.tasks[0]
  server.use(
    http.get('*/api/v1/tasks/:id', () =>
      HttpResponse.json({ ...task, description: { en: '<img src=x onerror=alert(1)><b>bold</b>' }, updates: [] }),
    ),
  )
  renderRoute(`/tasks/${task?.id}`)
  expect(await screen.findByText('<img src=x onerror=alert(1)><b>bold</b>')).toBeInTheDocument()
  expect(document.querySelector('img[src="x"]')).toBeNull()
})

test('markup in a note is shown as text: a script or an image with onerror renders literally and never runs', async () => {
  const task = db.tasks[0]
  if (!task) throw new Error('the sample plan needs an activity')
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> done'
  db.updates.unshift({
    id: 'u-xss',
    taskId: task.id,
    at: new Date().toISOString(),
    author: '<b>Mallory</b>',
    status: task.status,
    previousStatus: task.status,
    progress: task.progress,
    note: { en: payload },
  })
  const { container } = renderRoute(`/tasks/${task.id}`)
  expect(await screen.findByText(payload)).toBeInTheDocument()
  expect(screen.getAllByText(/<b>Mallory<\/b>/).length).toBeGreaterThan(0)
  expect(container.querySelector('img[src="x"], script, b')).toBeNull()
  expect((window as { __pwned?: number }).__pwned).toBeUndefined()
})
