import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { mockSession } from '../../../mocks/data/accounts'
import { db } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render-route'

const moeTask = () => db.tasks.find((t) => t.ownerId === 'moe' && t.status === 'in_progress')!
const reportPath = '*/api/v1/tasks/:id/reports'

async function openForm(as: string | null = 'u-moe') {
  if (as) mockSession.start(as)
  const task = moeTask()
  const view = renderRoute(`/tasks/${task.id}`)
  const form = await screen.findByRole('region', { name: 'Report progress' })
  return { ...view, task, form }
}

function countPosts() {
  const count = { posts: 0 }
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.includes('/reports')) count.posts++
  })
  return count
}
afterEach(() => server.events.removeAllListeners())

test('a visitor and another organisation’s reporter see no form', async () => {
  const task = moeTask()
  renderRoute(`/tasks/${task.id}`)
  await screen.findByRole('heading', { level: 1, name: task.title.en })
  expect(screen.queryByRole('region', { name: 'Report progress' })).not.toBeInTheDocument()
})

test('another organisation’s reporter sees no form either', async () => {
  mockSession.start('u-mshe')
  const task = moeTask()
  renderRoute(`/tasks/${task.id}`)
  await screen.findByRole('group', { name: 'Account' })
  expect(screen.queryByRole('region', { name: 'Report progress' })).not.toBeInTheDocument()
})

test('the reporter sets status, progress (number and slider agree) and a note; the report awaits review', async () => {
  const { user, task, form } = await openForm()
  expect(within(form).getByText(`Now: In progress, progress ${task.progress}%.`)).toBeInTheDocument()
  const number = within(form).getByRole('spinbutton', { name: 'Progress, %' })
  const slider = within(form).getByRole('slider', { name: 'Progress, % (slider)' })
  await user.clear(number)
  await user.type(number, '65')
  expect(slider).toHaveValue('65')
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'Delayed')
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Two regions late')
  await user.click(within(form).getByRole('button', { name: 'Submit the report' }))
  await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Report submitted. Awaiting review'))
  expect(await screen.findByText('A report awaits review.')).toBeInTheDocument()
  expect(db.reports[0]).toMatchObject({ taskId: task.id, proposed: { status: 'delayed', progress: 65 } })
  expect(db.reports[0]?.note).toEqual({ en: 'Two regions late' })
})

test('a missing note is said next to the field before anything is sent', async () => {
  const count = countPosts()
  const { user, form } = await openForm()
  await user.click(within(form).getByRole('button', { name: 'Submit the report' }))
  const note = within(form).getByRole('textbox', { name: 'Note' })
  expect(note).toHaveAttribute('aria-invalid', 'true')
  expect(note).toHaveAccessibleDescription('Write a note in at least one language.')
  expect(within(form).getByRole('alert')).toHaveTextContent('Some fields need attention')
  expect(count.posts).toBe(0)
})

test('a 422 from the server puts its field errors next to the fields and keeps the values', async () => {
  server.use(
    http.post(reportPath, () =>
      HttpResponse.json(
        { error: { code: 'invalid', message: 'Bad', fields: [{ path: 'progress', message: 'too big' }] } },
        { status: 422 },
      ),
    ),
  )
  const { user, form } = await openForm()
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Note')
  await user.click(within(form).getByRole('button', { name: 'Submit the report' }))
  const number = within(form).getByRole('spinbutton', { name: 'Progress, %' })
  await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'))
  expect(number).toHaveAccessibleDescription('Progress is a whole number from 0 to 100.')
  expect(within(form).getByRole('textbox', { name: 'Note' })).toHaveValue('Note')
})

test('409 stale shows what changed and re-applies the typed values on top of the current record', async () => {
  const { user, task, form } = await openForm()
  const seenProgress = task.progress
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'My note')
  // Someone else changes the activity after the reporter opened it.
  Object.assign(db.tasks.find((t) => t.id === task.id)!, { progress: 90, updatedAt: '2026-05-30T08:00:00Z' })
  await user.click(within(form).getByRole('button', { name: 'Submit the report' }))
  const alert = await within(form).findByText('This activity changed after you opened it:')
  expect(alert.parentElement).toHaveTextContent(`progress: you saw ${seenProgress}%, now 90%`)
  expect(db.reports).toHaveLength(0)
  await user.click(within(form).getByRole('button', { name: 'Send my values on top of the current ones' }))
  await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Awaiting review'))
  expect(db.reports[0]).toMatchObject({ basedOn: '2026-05-30T08:00:00Z', note: { en: 'My note' } })
})

test('a network error says so and keeps the values', async () => {
  server.use(http.post(reportPath, () => HttpResponse.error()))
  const { user, form } = await openForm()
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Kept')
  await user.click(within(form).getByRole('button', { name: 'Submit the report' }))
  expect(await within(form).findByText(/the server could not be reached/)).toBeInTheDocument()
  expect(within(form).getByRole('textbox', { name: 'Note' })).toHaveValue('Kept')
})

test('a double click submits once', async () => {
  const count = countPosts()
  server.use(
    http.post(reportPath, async () => {
      await delay(200)
    }),
  )
  const { user, form } = await openForm()
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Once')
  await user.dblClick(within(form).getByRole('button', { name: 'Submit the report' }))
  await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Awaiting review'))
  expect(count.posts).toBe(1)
  expect(db.reports).toHaveLength(1)
})

test('when the session has ended: sign in again in place of the form, come back, the draft is restored', async () => {
  const { user, form, task } = await openForm()
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Draft to keep')
  mockSession.end()
  await user.click(within(form).getByRole('button', { name: 'Submit the report' }))
  await screen.findByText(/Your session ended/)
  await user.click(screen.getAllByRole('link', { name: 'Sign in again' })[0]!)
  await user.type(await screen.findByLabelText('Email'), 'moe@demo.sdg4.kz')
  await user.type(screen.getByLabelText('Password'), 'demo-sdg4')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  await screen.findByRole('heading', { level: 1, name: task.title.en })
  const again = await screen.findByRole('region', { name: 'Report progress' })
  expect(within(again).getByRole('textbox', { name: 'Note' })).toHaveValue('Draft to keep')
})
