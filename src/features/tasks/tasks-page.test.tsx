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
  await screen.findByRole('table', { busy: false })
  return view
}

/** The activities' rows: rows with cells (a section's header row has only its header). */
const dataRows = () => screen.getAllByRole('row').filter((row) => within(row).queryAllByRole('cell').length > 0)
const sectionHeaders = () =>
  screen.queryAllByRole('columnheader').filter((cell) => cell.getAttribute('scope') === 'colgroup')

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
  await user.click(screen.getByLabelText(/^Responsible organisation/))
  await user.click(screen.getByRole('checkbox', { name: owner?.name.en }))
  expect(router.state.location.search).toBe(`?owner=${owner?.id}`)
  expect(dataRows()).toHaveLength(db.tasks.filter((t) => t.ownerId === owner?.id).length)

  await user.click(screen.getByLabelText(/^SDG target/))
  await user.click(screen.getByRole('checkbox', { name: 'Target 4.7' }))
  const expected = db.tasks.filter((t) => t.ownerId === owner?.id && t.sdgTargets.includes('4.7')).length
  expect(expected).toBeGreaterThan(0)
  expect(screen.getByText(`Showing ${expected} of ${db.tasks.length} activities`)).toHaveAttribute('role', 'status')
  expect(dataRows()).toHaveLength(expected)
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

describe('sections, last updates and latest notes', () => {
  const sections = () => db.plan.sections ?? []
  const sectionOf = (code: string) => code.split('.')[0]

  test('sorted by code, each plan section has a header row with its name and a roll-up of what is shown', async () => {
    await renderTasks('/tasks?status=delayed')
    const withDelayed = sections().filter((section) =>
      db.tasks.some((t) => t.status === 'delayed' && sectionOf(t.code) === section.code),
    )
    expect(withDelayed.length).toBeGreaterThan(1)
    expect(sectionHeaders()).toHaveLength(withDelayed.length)
    const first = withDelayed[0]
    const delayedInFirst = db.tasks.filter((t) => t.status === 'delayed' && sectionOf(t.code) === first?.code)
    const header = sectionHeaders()[0] as HTMLElement
    expect(header).toHaveTextContent(`Section ${first?.code}. ${first?.title.en}`)
    expect(header).toHaveTextContent(
      new RegExp(`^.*${delayedInFirst.length} activit(y|ies) · completed: 0 · overdue: \\d+ · mean progress \\d+%$`),
    )
    // Each activity sits under its own section's header.
    const rows = screen.getAllByRole('row')
    const firstHeaderRow = header.closest('tr') as HTMLElement
    const nextHeaderRow = (sectionHeaders()[1] as HTMLElement).closest('tr') as HTMLElement
    const between = rows.slice(rows.indexOf(firstHeaderRow) + 1, rows.indexOf(nextHeaderRow))
    const codeOf = (row: HTMLElement) => within(row).getAllByRole('cell')[0]?.firstChild?.textContent
    expect(between.map(codeOf)).toEqual(delayedInFirst.map((t) => t.code))
  })

  test('sorted by anything else, the list is flat', async () => {
    await renderTasks('/tasks?sort=dueDate')
    expect(sectionHeaders()).toHaveLength(0)
    expect(dataRows()).toHaveLength(total())
  })

  test('each activity shows its last update, flagged after 60 days without one, and its latest note', async () => {
    await renderTasks()
    const lastUpdatedIndex = screen.getAllByRole('columnheader').findIndex((h) => h.textContent === 'Last updated')
    expect(lastUpdatedIndex).toBeGreaterThan(0)
    const stale = screen.getAllByText(/^No update for \d+ days$/)
    const expectedStale = db.tasks.filter(
      (t) =>
        !['completed', 'cancelled'].includes(t.status) &&
        Date.parse(pinnedToday) - Date.parse(t.updatedAt.slice(0, 10)) >= 60 * 86_400_000,
    )
    expect(expectedStale.length).toBeGreaterThan(0)
    expect(stale).toHaveLength(expectedStale.length)

    // The latest note: the newest update of the activity that has a note, whole for screen readers.
    const withNote = db.updates.filter((u) => u.note?.en).sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0]
    const task = db.tasks.find((t) => t.id === withNote?.taskId)
    const row = screen.getByRole('link', { name: task?.title.en }).closest('tr') as HTMLElement
    const latestForTask = db.updates
      .filter((u) => u.taskId === task?.id && u.note)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0]
    const noteIndex = screen.getAllByRole('columnheader').findIndex((h) => h.textContent === 'Latest note')
    await waitFor(() =>
      expect(within(row).getAllByRole('cell')[noteIndex]).toHaveTextContent(latestForTask?.note?.en ?? 'missing'),
    )
  })

  test('the attention filter shows activities overdue or delayed, or silent for 60 days', async () => {
    const { user, router } = await renderTasks()
    await user.click(screen.getByRole('checkbox', { name: 'Overdue or delayed' }))
    expect(router.state.location.search).toBe('?attention=late')
    const late = db.tasks.filter((t) => t.status === 'delayed' || overdue().includes(t))
    expect(dataRows()).toHaveLength(late.length)
  })

  test('cancelled activities show no progress bar and say so', async () => {
    await renderTasks('/tasks?status=cancelled')
    expect(withStatus('cancelled')).toBeGreaterThan(0)
    for (const row of dataRows()) {
      expect(within(row).getByText('Cancelled: no progress shown')).toBeInTheDocument()
      expect(row).toHaveClass('task-row--cancelled')
    }
  })
})
