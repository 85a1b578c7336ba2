import { emptyFilters, type TaskFilters } from '../../domain/task-filters'
import { fullListAddresses } from './full-list-addresses'

const origin = 'https://sdg4.example.kz'

test.each<{ filters: TaskFilters; since: string | null; attention: string; changes: string }>([
  {
    filters: emptyFilters,
    since: null,
    attention: `${origin}/tasks?attention=late&sort=dueDate`,
    changes: `${origin}/changes`,
  },
  {
    filters: { ...emptyFilters, statuses: ['delayed', 'in_progress'], targets: ['4.1'] },
    since: '2026-05-01',
    attention: `${origin}/tasks?status=delayed,in_progress&attention=late&target=4.1&sort=dueDate`,
    changes: `${origin}/changes?since=2026-05-01&status=delayed,in_progress&target=4.1`,
  },
  {
    filters: { ...emptyFilters, attention: ['stale'], q: 'мектеп' },
    since: null,
    attention: `${origin}/tasks?attention=late&q=%D0%BC%D0%B5%D0%BA%D1%82%D0%B5%D0%BF&sort=dueDate`,
    changes: `${origin}/changes?attention=stale&q=%D0%BC%D0%B5%D0%BA%D1%82%D0%B5%D0%BF`,
  },
])('the full lists of $filters.statuses since $since', ({ filters, since, attention, changes }) => {
  const addresses = fullListAddresses(filters, since, origin)
  expect(addresses.attention).toBe(attention)
  expect(addresses.changes).toBe(changes)
  expect(addresses['indicators-off-track']).toBe(`${origin}/indicators`)
})
