import { QueryClient } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { largeTaskList } from '../../../mocks/data/large'
import { Providers } from '../../app/providers'
import { defaultSort } from '../../domain/task-filters'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import { pinnedToday } from '../../test/pinned-date'
import { StaticRouter } from '../../router/app-router'
import { TasksTable } from './tasks-table'

const tasks = largeTaskList(db, 1_000)

function renderTable() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <Providers queryClient={queryClient} i18n={createI18n('en', allCatalogs)}>
      <StaticRouter url="/tasks">
        <TasksTable tasks={tasks} owners={undefined} sort={defaultSort} today={pinnedToday} onSort={() => undefined} />
      </StaticRouter>
    </Providers>,
  )
}

// The table says how many rows it has in all (aria-rowcount: header, plan sections and activities). `hidden: true`
// only spares the slow visibility check over a thousand rows: it also counts the virtual list's two spacer rows.
const rows = () => screen.getAllByRole('row', { hidden: true })
const rowCount = () => Number(screen.getByRole('table').getAttribute('aria-rowcount'))

test('a long list renders only the rows near the screen, and every row of the filter while it is printed', () => {
  renderTable()
  expect(rowCount()).toBeGreaterThan(tasks.length)
  expect(rows().length).toBeLessThan(100)

  act(() => void window.dispatchEvent(new Event('beforeprint')))
  expect(rows()).toHaveLength(rowCount())
  for (const task of [tasks[0], tasks[499], tasks.at(-1)]) {
    expect(screen.getByText(task?.code ?? 'missing')).toBeInTheDocument()
  }

  act(() => void window.dispatchEvent(new Event('afterprint')))
  expect(rows().length).toBeLessThan(100)
}, 30_000)
