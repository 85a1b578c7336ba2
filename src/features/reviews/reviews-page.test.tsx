import { screen, waitFor, within } from '@testing-library/react'
import { mockSession } from '../../../mocks/data/accounts'
import { db } from '../../../mocks/data/db'
import { sendJson } from '../../api/client'
import { reportSchema } from '../../api/schemas-v1-1'
import { renderRoute } from '../../test/render-route'

const moeTasks = () => db.tasks.filter((t) => t.ownerId === 'moe' && t.status === 'in_progress')

async function submitAsMoe(taskId: string, progress: number, note = 'Done in 3 regions') {
  mockSession.start('u-moe')
  const task = db.tasks.find((t) => t.id === taskId)!
  const input = { status: 'in_progress', progress, note: { en: note }, basedOn: task.updatedAt }
  return sendJson('POST', `/tasks/${taskId}/reports`, input, () => reportSchema)
}

const nav = () => screen.getByRole('navigation', { name: 'Main' })
/** What the page's status regions say (the shell has its own, for the offline banner). */
const announced = () => screen.getAllByRole('status').map((region) => region.textContent)

test('the secretariat sees submitted reports oldest first, now beside proposed, and the count in the navigation', async () => {
  const [first, second] = moeTasks()
  await submitAsMoe(first!.id, 61)
  await submitAsMoe(second!.id, 62)
  mockSession.start('u-secretariat')
  renderRoute('/reviews')
  await screen.findByRole('heading', { level: 1, name: 'Reviews' })
  expect(await screen.findByRole('heading', { level: 2, name: '2 reports await review' })).toBeInTheDocument()
  const cards = await screen.findAllByRole('article')
  expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
    `Activity ${first!.code} — ${first!.title.en}`,
    `Activity ${second!.code} — ${second!.title.en}`,
  ])
  const rows = within(cards[0]!).getAllByRole('row')
  expect(rows[2]).toHaveTextContent(`Progress, %${first!.progress}%61%`)
  expect(await within(nav()).findByRole('link', { name: 'Reviews, 2 await review' })).toBeInTheDocument()
})

test('approving applies the report, announces it and updates the count', async () => {
  const [task] = moeTasks()
  await submitAsMoe(task!.id, 77)
  mockSession.start('u-secretariat')
  const { user } = renderRoute('/reviews')
  const card = await screen.findByRole('article')
  await user.click(within(card).getByRole('button', { name: 'Approve' }))
  await waitFor(() => expect(announced()).toContainEqual(expect.stringContaining(`Report on ${task!.code} approved.`)))
  expect(await screen.findByText('No reports await review.')).toBeInTheDocument()
  expect(db.tasks.find((t) => t.id === task!.id)?.progress).toBe(77)
  await waitFor(() => expect(within(nav()).getByRole('link', { name: 'Reviews' })).toBeInTheDocument())
})

test('returning needs a comment; the reporter then sees it under My reports', async () => {
  const [task] = moeTasks()
  await submitAsMoe(task!.id, 50)
  mockSession.start('u-secretariat')
  const { user, unmount } = renderRoute('/reviews')
  const card = await screen.findByRole('article')
  await user.click(within(card).getByRole('button', { name: 'Return' }))
  const comment = within(card).getByRole('textbox', { name: 'Comment (required to return)' })
  expect(comment).toHaveAttribute('aria-invalid', 'true')
  expect(comment).toHaveAccessibleDescription(/Write a comment/)
  expect(db.reports[0]?.state).toBe('submitted')
  await user.type(comment, 'Which regions?')
  await user.keyboard('{Tab}{Tab}{Enter}')
  await waitFor(() => expect(announced()).toContainEqual(expect.stringContaining('returned with your comment')))
  unmount()

  mockSession.start('u-moe')
  renderRoute('/reviews')
  await screen.findByRole('heading', { level: 1, name: 'My reports' })
  const item = (await screen.findByText('Returned')).closest('li')!
  expect(item).toHaveTextContent('Secretariat’s comment: Which regions?')
  expect(within(nav()).getByRole('link', { name: 'My reports' })).toBeInTheDocument()
})

test('an indicator value shows the progress status it would give', async () => {
  const indicator = db.indicators.find((i) => i.id === 'ind-4-1-completion')!
  const finalTarget = indicator.targets.at(-1)!
  mockSession.start('u-moe')
  const input = { year: finalTarget.year - 1, value: finalTarget.value, basedOn: indicator.updatedAt }
  await sendJson('POST', `/indicators/${indicator.id}/reports`, input, () => reportSchema)
  mockSession.start('u-secretariat')
  renderRoute('/reviews')
  const card = await screen.findByRole('article')
  const rows = within(card).getAllByRole('row')
  expect(rows[2]).toHaveTextContent(/Progress status.*Target value achieved$/)
})

test('a viewer is told reports are not for them; a visitor gets a sign-in link', async () => {
  mockSession.start('u-viewer')
  const { unmount } = renderRoute('/reviews')
  expect(await screen.findByText('Only reporters and the secretariat see reports.')).toBeInTheDocument()
  unmount()
  mockSession.end()
  renderRoute('/reviews')
  expect(await screen.findByRole('link', { name: 'Sign in to see reports' })).toHaveAttribute(
    'href',
    '/sign-in?next=%2Freviews',
  )
})

test('when the session has ended, approving leads to signing in again and back', async () => {
  const [task] = moeTasks()
  await submitAsMoe(task!.id, 40)
  mockSession.start('u-secretariat')
  const { user } = renderRoute('/reviews')
  const card = await screen.findByRole('article')
  mockSession.end()
  await user.click(within(card).getByRole('button', { name: 'Approve' }))
  await user.click(await screen.findByRole('link', { name: 'Sign in to see reports' }))
  await user.type(await screen.findByLabelText('Email'), 'secretariat@demo.sdg4.kz')
  await user.type(screen.getByLabelText('Password'), 'demo-sdg4')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  expect(await screen.findByRole('heading', { level: 2, name: '1 report awaits review' })).toBeInTheDocument()
})
