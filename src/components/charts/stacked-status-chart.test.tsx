import { render, screen, waitFor, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nProvider } from '../../i18n/use-translation'
import { taskStatuses } from '../../api/schemas'
import type { Language } from '../../i18n/languages'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import StackedStatusChart from './stacked-status-chart'

const renderIn = (language: Language, chart: ReactElement) =>
  render(<I18nProvider i18n={createI18n(language, allCatalogs)}>{chart}</I18nProvider>)

const rows = [
  { key: '4.1', label: '4.1', counts: { not_started: 2, in_progress: 5, completed: 3, delayed: 1, cancelled: 1 } },
  { key: '4.7', label: '4.7', counts: { not_started: 0, in_progress: 4, completed: 6, delayed: 2, cancelled: 0 } },
]

const legendItems = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent)

// Sorted by their labels, as a charting library's legend may be, the statuses would come in a different order in each language.
test.each(['en', 'ru', 'kk'] as const)(
  'the legend lists the statuses bottom to top as stacked, in %s too',
  async (language) => {
    renderIn(language, <StackedStatusChart rows={rows} size={{ width: 800, height: 400 }} />)
    await screen.findByRole('list')
    expect(legendItems()).toEqual(taskStatuses.map((status) => allCatalogs[language].status[status]))
  },
)

test('the count axis is on round numbers from zero to just above the tallest stack', async () => {
  const { container } = renderIn('en', <StackedStatusChart rows={rows} size={{ width: 800, height: 400 }} />)
  const yTicks = () => [...container.querySelectorAll('.chart-tick--y text')].map((tick) => tick.textContent)
  // The tallest stack is 12: steps of 5 up to 15, not 0, 3, 6, 9, 12.
  await waitFor(() => expect(yTicks()).toEqual(['0', '5', '10', '15']))
})

test('two organisations with the same short name get a bar each', () => {
  const counts = { not_started: 1, in_progress: 1, completed: 1, delayed: 0, cancelled: 0 }
  const { container } = renderIn(
    'en',
    <StackedStatusChart
      horizontal
      rows={[
        { key: 'a', label: 'Akimat', counts },
        { key: 'b', label: 'Akimat', counts },
      ]}
      size={{ width: 800, height: 400 }}
    />,
  )
  const tops = [...container.querySelectorAll('.chart-stack')].map((stack) =>
    stack.querySelector('rect')?.getAttribute('y'),
  )
  expect(tops).toHaveLength(2)
  expect(tops[0]).not.toBe(tops[1])
})

test("the axis prints each row's label, in its own language, not its key", () => {
  const counts = { not_started: 1, in_progress: 0, completed: 0, delayed: 0, cancelled: 0 }
  const { container } = renderIn(
    'en',
    <StackedStatusChart
      horizontal
      rows={[
        { key: 'moe', label: 'MoE', counts },
        { key: 'akimat', label: 'Әкімдік', lang: 'kk', counts },
      ]}
      size={{ width: 800, height: 400 }}
    />,
  )
  const labels = [...container.querySelectorAll('.chart-tick--y')].map((tick) => ({
    text: tick.textContent,
    lang: tick.querySelector('g[lang]')?.getAttribute('lang') ?? undefined,
  }))
  expect(labels).toEqual([{ text: 'MoE' }, { text: 'Әкімдік', lang: 'kk' }])
})

test('every row is named, however many organisations there are', () => {
  const counts = { not_started: 1, in_progress: 0, completed: 0, delayed: 0, cancelled: 0 }
  const rows = Array.from({ length: 21 }, (_, i) => ({ key: `o${i}`, label: `Organisation ${i}`, counts }))
  const { container } = renderIn('en', <StackedStatusChart horizontal rows={rows} size={{ width: 800, height: 900 }} />)
  expect([...container.querySelectorAll('.chart-tick--y')].map((tick) => tick.textContent)).toEqual(
    rows.map((row) => row.label),
  )
})
