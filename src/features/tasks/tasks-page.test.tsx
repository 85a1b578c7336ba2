import { screen, waitFor, within } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import { scenarios } from '../../../mocks/scenarios'
import { pinnedToday } from '../../test/pinned-date'
import { renderRoute } from '../../test/render-route'

const total = () => db.tasks.length
const withStatus = (status: string) => db.tasks.filter((t) => t.status === status).length
const overdue = () => db.tasks.filter((t) => !['completed', 'cancelled'].includes(t.status) && t.dueDate < pinnedToday)

async function renderTasks(path = '/tasks', language: 'en' | 'ru' | 'kk' = 'en') {
  const view = renderRoute(path, { language })
  await screen.findByRole('table')
  return view
}

const dataRows = () => screen.getAllByRole('row').slice(1)

test('lists every activity with the count in a live region', async () => {
  await renderTasks()
  expect(screen.getByText(`Showing ${total()} of ${total()} activities`)).toHaveAttribute('role', 'status')
  expect(dataRows()).toHaveLength(total())
})

test('each status checkbox shows its count, and ticking Delayed shows only delayed activities and updates the URL', async () => {
  const { user, router } = await renderTasks()
  const delayed = screen.getByRole('checkbox', { name: `Delayed (${withStatus('delayed')})` })
  await user.click(delayed)
  expect(router.state.location.search).toBe('?status=delayed')
  expect(screen.getByText(`Showing ${withStatus('delayed')} of ${total()} activities`)).toBeInTheDocument()
  for (const row of dataRows()) expect(within(row).getByText('Delayed')).toBeInTheDocument()

  await user.click(screen.getByRole('checkbox', { name: /^Completed/ }))
  expect(router.state.location.search).toBe('?status=completed%2Cdelayed')
  expect(dataRows()).toHaveLength(withStatus('delayed') + withStatus('completed'))
})

test('status counts follow the other filters', async () => {
  const { user } = await renderTasks()
  await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }))
  const overdueDelayed = overdue().filter((t) => t.status === 'delayed').length
  expect(screen.getByRole('checkbox', { name: `Delayed (${overdueDelayed})` })).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Completed (0)' })).toBeInTheDocument()
  expect(dataRows()).toHaveLength(overdue().length)
  expect(screen.getAllByText(/^overdue by \d+ days?$/)).toHaveLength(overdue().length)
})

test('filters by responsible organisation and SDG target', async () => {
  const { user, router } = await renderTasks()
  const owner = db.owners[0]
  await user.click(screen.getByText('Responsible organisation', { selector: 'summary' }))
  await user.click(screen.getByRole('checkbox', { name: owner?.name.en }))
  expect(router.state.location.search).toBe(`?owner=${owner?.id}`)
  expect(dataRows()).toHaveLength(db.tasks.filter((t) => t.ownerId === owner?.id).length)

  await user.click(screen.getByText('SDG target', { selector: 'summary' }))
  await user.click(screen.getByRole('checkbox', { name: 'Target 4.7' }))
  const expected = db.tasks.filter((t) => t.ownerId === owner?.id && t.sdgTargets.includes('4.7')).length
  expect(expected).toBeGreaterThan(0)
  expect(screen.getByText(`Showing ${expected} of ${db.tasks.length} activities`)).toHaveAttribute('role', 'status')
  expect(screen.queryAllByRole('row').length - 1).toBe(expected)
})

test('search matches code, title and description in any language and replaces history while typing', async () => {
  const { user, router } = await renderTasks()
  const sample = db.tasks.find((t) => t.title.kk && /[әғқңөұүһі]/i.test(t.title.kk))
  const word = sample?.title.kk?.split(' ').find((w) => /[әғқңөұүһі]/i.test(w)) ?? ''
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), word.toUpperCase())
  const expected = db.tasks.filter((t) =>
    [t.code, t.title.kk, t.title.ru, t.title.en, t.description?.kk, t.description?.ru, t.description?.en]
      .filter(Boolean)
      .some((text) => text?.toLocaleLowerCase().includes(word.toLocaleLowerCase())),
  ).length
  expect(expected).toBeGreaterThan(0)
  expect(dataRows()).toHaveLength(expected)
  expect(new URLSearchParams(router.state.location.search).get('q')).toBe(word.toUpperCase())
  expect(router.state.historyAction).toBe('REPLACE')
})

test('back and forward restore the filters', async () => {
  const { user, router } = await renderTasks()
  await user.click(screen.getByRole('checkbox', { name: /^Delayed/ }))
  await user.click(screen.getByRole('checkbox', { name: /^Not started/ }))
  expect(dataRows()).toHaveLength(withStatus('delayed') + withStatus('not_started'))
  await router.navigate(-1)
  await waitFor(() => expect(dataRows()).toHaveLength(withStatus('delayed')))
  expect(screen.getByRole('checkbox', { name: /^Not started/ })).not.toBeChecked()
  await router.navigate(-1)
  await waitFor(() => expect(dataRows()).toHaveLength(total()))
  await router.navigate(1)
  await waitFor(() => expect(dataRows()).toHaveLength(withStatus('delayed')))
})

test('invalid URL values are dropped and named in a notice; the rest of the filter applies', async () => {
  await renderTasks('/tasks?status=delayed,on_hold&target=4.9&sort=colour&owner=nobody')
  expect(
    await screen.findByText(/so they were ignored: status=on_hold, owner=nobody, target=4\.9, sort=colour\./),
  ).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: /^Delayed/ })).toBeChecked()
  expect(dataRows()).toHaveLength(withStatus('delayed'))
})

test('sortable headers say their order with aria-sort and sort the rows', async () => {
  const { user, router } = await renderTasks()
  const dueHeader = screen.getByRole('columnheader', { name: /Due date/ })
  expect(dueHeader).toHaveAttribute('aria-sort', 'none')
  expect(screen.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'ascending')
  await user.click(within(dueHeader).getByRole('button'))
  expect(dueHeader).toHaveAttribute('aria-sort', 'ascending')
  expect(router.state.location.search).toBe('?sort=dueDate')
  const dates = dataRows().map((row) => row.querySelector('time')?.getAttribute('datetime') ?? '')
  expect(dates).toEqual([...dates].sort())
  await user.click(within(dueHeader).getByRole('button'))
  expect(dueHeader).toHaveAttribute('aria-sort', 'descending')
  expect(router.state.location.search).toBe('?sort=-dueDate')
})

test('rows link to the activity', async () => {
  const { user } = await renderTasks('/tasks?sort=code')
  const first = dataRows()[0] as HTMLElement
  const link = within(first).getByRole('link')
  await user.click(link)
  expect(await screen.findByRole('heading', { level: 2, name: 'Update history' })).toBeInTheDocument()
})

test('an empty result explains itself and offers to clear the filters', async () => {
  const { user, router } = renderRoute('/tasks?q=no-such-activity-anywhere&lang=en')
  expect(await screen.findByText('No activities match these filters.')).toBeInTheDocument()
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
  expect(screen.getByText(`Showing 0 of ${total()} activities`)).toBeInTheDocument()
  const clear = screen.getAllByRole('button', { name: 'Clear filters' })
  await user.click(clear[clear.length - 1] as HTMLElement)
  expect(router.state.location.search).toBe('?lang=en')
  expect(await screen.findByRole('table')).toBeInTheDocument()
})

test('in Russian the count is Russian', async () => {
  await renderTasks('/tasks', 'ru')
  expect(screen.getByText(`Показано ${total()} из ${total()} мероприятий`)).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: `С задержкой (${withStatus('delayed')})` })).toBeInTheDocument()
})

test('in Kazakh the count and statuses are Kazakh', async () => {
  await renderTasks('/tasks', 'kk')
  expect(screen.getByText(`Барлығы ${total()} іс-шара, көрсетілгені: ${total()}`)).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: `Кешігуде (${withStatus('delayed')})` })).toBeInTheDocument()
})

test('a failing activity list shows the error where the table was, and the filters stay usable', async () => {
  server.use(...scenarios['tasks-break-contract']())
  renderRoute('/tasks')
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Could not load the activities.')
  expect(alert).toHaveTextContent('“items.3.status”')
  expect(screen.getByRole('searchbox', { name: 'Search' })).toBeEnabled()
  expect(screen.getByText(/Action plan of the National Education Committee/i)).toBeInTheDocument()
})
