import type { Indicator } from '../api/schemas'
import { filterIndicators, groupBySdgTarget, parseIndicatorFilters, writeIndicatorFilters } from './indicator-filters'
import type { ProgressStatus } from './progress-status'

test.each([
  ['', { statuses: [], targets: [] }, []],
  ['status=on_track,deterioration&target=4.7', { statuses: ['on_track', 'deterioration'], targets: ['4.7'] }, []],
  ['status=on_track&status=on_track', { statuses: ['on_track'], targets: [] }, []],
  [
    'status=great&target=4.9',
    { statuses: [], targets: [] },
    [
      { param: 'status', value: 'great' },
      { param: 'target', value: '4.9' },
    ],
  ],
])('?%s', (search, filters, ignored) => {
  expect(parseIndicatorFilters(new URLSearchParams(search))).toEqual({ filters, ignored })
})

test('writing and reading give the same filters back, and keep other parameters', () => {
  const params = writeIndicatorFilters(new URLSearchParams('lang=kk&status=on_track'), {
    statuses: [],
    targets: ['4.1', '4.c'],
  })
  expect(params.toString()).toBe('lang=kk&target=4.1%2C4.c')
  expect(parseIndicatorFilters(params).filters).toEqual({ statuses: [], targets: ['4.1', '4.c'] })
})

const row = (id: string, sdgTarget: string, status: ProgressStatus) => ({
  indicator: { id, sdgTarget } as Indicator,
  assessment: { status } as never,
})
const rows = [
  row('a', '4.1', 'on_track'),
  row('b', '4.7', 'deterioration'),
  row('c', '4.7', 'on_track'),
  row('d', '5.1', 'on_track'),
]

test('status counts follow the target filter, and the status filter picks among them', () => {
  const { shown, counts } = filterIndicators(rows, { statuses: ['on_track'], targets: ['4.7'] })
  expect(shown.map((r) => r.indicator.id)).toEqual(['c'])
  expect(counts).toMatchObject({ on_track: 1, deterioration: 1, limited_progress: 0 })
})

test('groups come in the UN order of targets, with other targets last and empty groups left out', () => {
  expect(groupBySdgTarget(rows).map((g) => [g.target, g.rows.map((r) => r.indicator.id)])).toEqual([
    ['4.1', ['a']],
    ['4.7', ['b', 'c']],
    ['other', ['d']],
  ])
})
