import { screen, within } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import type { TaskUpdate } from '../../api/schemas'
import { renderRoute } from '../../test/render-route'

const inPeriod = (since: string) => db.updates.filter((u) => u.at.slice(0, 10) >= since)

/** Gives an activity that has never reported these updates (the default period starts on 2 May 2026). */
function reportsFor(updates: Pick<TaskUpdate, 'at' | 'status' | 'previousStatus' | 'progress' | 'note'>[]): {
  code: string
  group: () => Promise<HTMLElement>
} {
  const task = db.tasks.find((candidate) => !db.updates.some((u) => u.taskId === candidate.id))
  if (!task) throw new Error('the sample plan needs an activity without updates')
  const added = updates.map((u, i) => ({ ...u, id: `u-test-${i}`, taskId: task.id, author: `Reporter ${i}` }))
  db.updates = [...added, ...db.updates].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
  return {
    code: task.code,
    group: async () => {
      const heading = await screen.findByRole('heading', { level: 3, name: new RegExp(`^${task.code} `) })
      return heading.closest('li') as HTMLElement
    },
  }
}

test('defaults to the last 30 days, grouped by activity, with a summary', async () => {
  renderRoute('/changes')
  const since = '2026-05-02'
  expect(await screen.findByRole('heading', { level: 1, name: 'What changed since 2 May 2026' })).toBeInTheDocument()
  const updates = inPeriod(since)
  const activities = new Set(updates.map((u) => u.taskId))
  expect(activities.size).toBeGreaterThan(0)
  const summary = await screen.findByText(new RegExp(`\\(${activities.size} updated\\)`))
  expect(summary).toHaveAttribute('role', 'status')
  const groups = screen.getAllByRole('heading', { level: 3 })
  expect(groups).toHaveLength(activities.size)
})

test('the presets change the period through the URL', async () => {
  const { user, router } = renderRoute('/changes')
  await screen.findByRole('heading', { level: 1 })
  await user.click(screen.getByRole('button', { name: 'Since the start of the quarter' }))
  expect(router.state.location.search).toBe('?since=2026-04-01')
  expect(await screen.findByRole('heading', { level: 1, name: 'What changed since 1 Apr 2026' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Last 30 days' }))
  expect(router.state.location.search).toBe('?since=2026-05-02')
})

test('a date typed in the date field is used', async () => {
  const { user, router } = renderRoute('/changes')
  const input = await screen.findByLabelText('Changes since')
  await user.clear(input)
  await user.type(input, '2026-01-01')
  await user.click(screen.getByRole('button', { name: 'Show changes' }))
  expect(router.state.location.search).toBe('?since=2026-01-01')
  const activities = new Set(inPeriod('2026-01-01').map((u) => u.taskId))
  expect(await screen.findAllByRole('heading', { level: 3 })).toHaveLength(activities.size)
})

test('an invalid since is ignored with a notice', async () => {
  renderRoute('/changes?since=yesterday')
  expect(await screen.findByText(/ignored: since=yesterday/)).toBeInTheDocument()
})

test('each group links to its activity and shows the update authors', async () => {
  renderRoute('/changes')
  const first = (await screen.findAllByRole('heading', { level: 3 }))[0] as HTMLElement
  const link = within(first).getByRole('link')
  expect(link.getAttribute('href')).toMatch(/^\/tasks\//)
  const update = inPeriod('2026-05-02')[0]
  if (!update) throw new Error('the sample plan needs an update in the last 30 days')
  expect(screen.getAllByText(update.author, { exact: false }).length).toBeGreaterThan(0)
})

test('what got worse comes first, then what got better, then progress only', async () => {
  renderRoute('/changes')
  const headings = (await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent?.split(' ')[0])
  // In the sample plan's last 30 days: 2.5, 6.6 and 3.3 are past their due date and open, 9.2 became delayed;
  // 9.7, 3.4 and 2.3 came back from delayed; the other seven only reported progress.
  expect(headings.slice(0, 4).sort()).toEqual(['2.5', '3.3', '6.6', '9.2'])
  expect(headings.slice(4, 7).sort()).toEqual(['2.3', '3.4', '9.7'])
  expect(headings).toHaveLength(14)
})

test("an activity's progress reads before → after, the before from its last report before the period", async () => {
  const activity = reportsFor([
    { at: '2026-04-20T10:00:00+05:00', status: 'in_progress', previousStatus: 'not_started', progress: 40 },
    {
      at: '2026-05-20T10:00:00+05:00',
      status: 'delayed',
      previousStatus: 'in_progress',
      progress: 55,
      note: { en: 'Waiting for the tender.' },
    },
  ])
  renderRoute('/changes')
  const group = await activity.group()
  expect(within(group).getByText(/progress 40% → 55%/)).toBeInTheDocument()
  // A lone update: its date, author and note, but not the status and progress the line above already gives.
  expect(within(group).getByText('20 May 2026, 10:00')).toBeInTheDocument()
  expect(within(group).getByText(/Reporter 1$/)).toBeInTheDocument()
  expect(within(group).getByText('Waiting for the tender.')).toBeInTheDocument()
  expect(within(group).getAllByText('Delayed')).toHaveLength(1)
  expect(within(group).getAllByText(/55%/)).toHaveLength(1)
})

test('with several updates in the period, each says only what it changed', async () => {
  const activity = reportsFor([
    { at: '2026-04-20T10:00:00+05:00', status: 'in_progress', previousStatus: 'not_started', progress: 40 },
    { at: '2026-05-10T10:00:00+05:00', status: 'delayed', previousStatus: 'in_progress', progress: 45 },
    { at: '2026-05-15T10:00:00+05:00', status: 'delayed', previousStatus: 'delayed', progress: 45 },
    { at: '2026-05-20T10:00:00+05:00', status: 'in_progress', previousStatus: 'delayed', progress: 55 },
  ])
  renderRoute('/changes')
  const group = await activity.group()
  const summary = within(group).getAllByRole('paragraph')[0]
  expect(summary).toHaveTextContent(/^No status change · progress 40% → 55%$/)
  expect(
    within(group)
      .getAllByRole('listitem')
      .map((entry) => entry.textContent),
  ).toEqual([
    expect.stringMatching(/Reporter 3\s*Delayed\s*→\s*changed to\s*In progress · progress up to 55%$/),
    expect.stringMatching(/Reporter 2$/),
    expect.stringMatching(/Reporter 1\s*In progress\s*→\s*changed to\s*Delayed · progress up to 45%$/),
  ])
})

test('an activity that had not reported before the period says so rather than claim 0 %', async () => {
  const activity = reportsFor([
    { at: '2026-05-20T10:00:00+05:00', status: 'in_progress', previousStatus: 'not_started', progress: 15 },
  ])
  renderRoute('/changes')
  const group = await activity.group()
  expect(within(group).getByText(/progress 15% \(not reported before\)/)).toBeInTheDocument()
})
