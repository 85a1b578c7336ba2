import { expect, test, type Page } from '@playwright/test'
import { reporter, secretariat } from './accounts'

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

const completedFigure = async (page: Page) => {
  await page.goto('/?lang=en')
  const link = page.getByRole('link', { name: /^\d+ \(\d+%\) — Completed$/ })
  return Number(/^\d+/.exec((await link.textContent()) ?? '')?.[0])
}

test('a reporter reports, the secretariat approves, and the overview counts one more completed activity', async ({
  page,
  request,
}) => {
  const tasks = (await (await request.get('/api/v1/tasks')).json()) as {
    items: { id: string; code: string; ownerId: string; status: string }[]
  }
  const task = tasks.items.find((t) => t.ownerId === reporter.owner && t.status === 'in_progress')
  if (!task) throw new Error('the sample plan needs an activity of the reporter’s organisation in progress')
  const before = await completedFigure(page)

  // The reporter of the responsible organisation reports the activity completed.
  await signIn(page, reporter)
  await expect(page.getByText(`${reporter.name} · MoE`)).toBeVisible()
  await page.goto(`/tasks/${task.id}?lang=en`)
  const form = page.getByRole('region', { name: 'Report progress' })
  await form.getByLabel('Status').selectOption('completed')
  await form.getByRole('spinbutton', { name: 'Progress, %' }).fill('100')
  await form
    .getByRole('textbox', { name: 'Note', exact: true })
    .fill('Finished: the final report went to the committee.')
  await form.getByRole('button', { name: 'Submit the report' }).click()
  await expect(form.getByRole('status').filter({ hasText: 'Awaiting review' })).toBeVisible()
  // Nothing changes before the review.
  expect(await completedFigure(page)).toBe(before)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()

  // The secretariat approves it from the review queue.
  await signIn(page, secretariat)
  await page.goto('/reviews?lang=en')
  const card = page.getByRole('article').filter({ hasText: task.code })
  await card.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText(/Report on .* approved\./)).toBeVisible()

  expect(await completedFigure(page)).toBe(before + 1)
  // The history and /changes carry the approved report as an update by the reporter.
  await page.goto(`/tasks/${task.id}?lang=en`)
  await expect(page.getByText('Finished: the final report went to the committee.')).toBeVisible()
})
