import { screen, waitFor, within } from '@testing-library/react'
import { mockSession } from '../../../mocks/data/accounts'
import { db } from '../../../mocks/data/db'
import { sendJson } from '../../api/client'
import { reportSchema } from '../../api/schemas-v1-1'
import { renderRoute } from '../../test/render-route'

const dataRows = () => screen.getAllByRole('row').filter((row) => within(row).queryAllByRole('cell').length > 0)

async function submitOne() {
  const task = db.tasks.find((t) => t.ownerId === 'moe' && t.status === 'in_progress')!
  mockSession.start('u-moe')
  const input = { status: 'in_progress', progress: 70, note: { en: 'n' }, basedOn: task.updatedAt }
  await sendJson('POST', `/tasks/${task.id}/reports`, input, () => reportSchema)
  return task
}

test('review=submitted lists only activities with a report awaiting review, and the checkbox sets it', async () => {
  const task = await submitOne()
  mockSession.start('u-secretariat')
  const { user, router } = renderRoute('/tasks')
  await screen.findByRole('table', { busy: false })
  const checkbox = await screen.findByRole('checkbox', { name: 'Report awaiting review' })
  await user.click(checkbox)
  expect(router.state.location.search).toContain('review=submitted')
  await waitFor(() => expect(dataRows()).toHaveLength(1))
  expect(dataRows()[0]).toHaveTextContent(task.code)
})

test('for a visitor the filter is ignored and not offered', async () => {
  await submitOne()
  mockSession.end()
  renderRoute('/tasks?review=submitted')
  await screen.findByRole('table', { busy: false })
  expect(screen.queryByRole('checkbox', { name: 'Report awaiting review' })).not.toBeInTheDocument()
  expect(dataRows().length).toBeGreaterThan(1)
})

test('the list marks an activity whose report awaits review, for those who may see reports', async () => {
  const task = await submitOne()
  renderRoute('/tasks')
  await screen.findByRole('table', { busy: false })
  const row = await waitFor(() => {
    const found = dataRows().find((r) => r.textContent?.includes('Awaiting review'))
    if (!found) throw new Error('no row marked')
    return found
  })
  expect(row).toHaveTextContent(task.code)
  expect(dataRows().filter((r) => r.textContent?.includes('Awaiting review'))).toHaveLength(1)
})
