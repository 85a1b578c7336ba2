import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { mockSession } from '../../../mocks/data/accounts'
import { db } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render-route'

async function openForm(indicatorId: string, as = 'u-moe') {
  mockSession.start(as)
  const view = renderRoute(`/indicators/${indicatorId}`)
  const form = await screen.findByRole('region', { name: 'Report a value' })
  return { ...view, form }
}
const submitButton = (form: HTMLElement) => within(form).getByRole('button', { name: 'Submit the report' })

test('another organisation’s reporter sees no form', async () => {
  mockSession.start('u-mshe')
  renderRoute('/indicators/ind-4-1-completion')
  await screen.findByRole('group', { name: 'Account' })
  expect(screen.queryByRole('region', { name: 'Report a value' })).not.toBeInTheDocument()
})

test('a level indicator offers its stages; the report awaits review', async () => {
  const { user, form } = await openForm('ind-4-7-1-policy')
  const indicator = db.indicators.find((i) => i.id === 'ind-4-7-1-policy')!
  const stage = within(form).getByRole('combobox', { name: 'Stage' })
  expect(within(stage).getAllByRole('option')).toHaveLength((indicator.levels?.length ?? 0) + 1)
  await user.clear(within(form).getByRole('spinbutton', { name: 'Year' }))
  await user.type(within(form).getByRole('spinbutton', { name: 'Year' }), '2025')
  await user.selectOptions(stage, `2. ${indicator.levels![1]!.en}`)
  await user.click(submitButton(form))
  await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Awaiting review'))
  expect(db.reports[0]).toMatchObject({ indicatorId: indicator.id, proposed: { year: 2025, value: 1 } })
  expect(await screen.findByText('A report awaits review.')).toBeInTheDocument()
})

test('a value is required: said next to the field, nothing sent', async () => {
  const { user, form } = await openForm('ind-4-1-completion')
  await user.click(submitButton(form))
  const value = within(form).getByRole('spinbutton', { name: 'Value (%)' })
  expect(value).toHaveAttribute('aria-invalid', 'true')
  expect(value).toHaveAccessibleDescription(/Enter a number/)
  expect(db.reports).toHaveLength(0)
})

test('409 stale shows the latest value now and re-applies the typed value', async () => {
  const { user, form } = await openForm('ind-4-1-completion')
  await user.type(within(form).getByRole('spinbutton', { name: 'Value (%)' }), '97.5')
  const record = db.indicators.find((i) => i.id === 'ind-4-1-completion')!
  record.updatedAt = '2026-05-30T08:00:00Z'
  await user.click(submitButton(form))
  expect(await within(form).findByText('This indicator changed after you opened it.')).toBeInTheDocument()
  await user.click(within(form).getByRole('button', { name: 'Send my values on top of the current ones' }))
  await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Awaiting review'))
  expect(db.reports[0]).toMatchObject({ basedOn: '2026-05-30T08:00:00Z', proposed: { value: 97.5 } })
})

test('a network error keeps the values; a double click sends once', async () => {
  server.use(http.post('*/api/v1/indicators/:id/reports', () => HttpResponse.error(), { once: true }))
  const { user, form } = await openForm('ind-4-1-completion')
  await user.type(within(form).getByRole('spinbutton', { name: 'Value (%)' }), '96')
  await user.click(submitButton(form))
  expect(await within(form).findByText(/the server could not be reached/)).toBeInTheDocument()
  expect(within(form).getByRole('spinbutton', { name: 'Value (%)' })).toHaveValue(96)

  let posts = 0
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST') posts++
  })
  server.use(
    http.post('*/api/v1/indicators/:id/reports', async () => {
      await delay(200)
    }),
  )
  await user.dblClick(submitButton(form))
  await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Awaiting review'))
  server.events.removeAllListeners()
  expect(posts).toBe(1)
})
