import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nProvider } from '../../../../i18n/use-translation'
import type { Language } from '../../../../i18n/languages'
import { createI18n } from '../../../../i18n/setup'
import { allCatalogs } from '../../../../test/catalogs'
import { aTask } from '../../../../test/test-tasks'
import { DeadlinesCard } from './deadlines-card'

const today = '2026-06-01' // in 2026-Q2
const period = { start: '2025-07-01', end: '2027-06-30' } // 2025-Q3 to 2027-Q2
const tasks = [
  aTask({ id: 'a', status: 'completed', dueDate: '2025-09-30' }),
  aTask({ id: 'b', status: 'delayed', dueDate: '2026-05-15' }),
  aTask({ id: 'c', status: 'in_progress', dueDate: '2026-11-01' }),
  aTask({ id: 'd', status: 'not_started', dueDate: '2026-12-01' }),
]

function renderCard(language: Language, props: Partial<Parameters<typeof DeadlinesCard>[0]> = {}) {
  render(
    <I18nProvider i18n={createI18n(language, allCatalogs)}>
      <DeadlinesCard tasks={tasks} today={today} period={period} {...props} />
    </I18nProvider>,
  )
  return screen.getByRole('figure')
}

const legendItems = async (figure: HTMLElement) =>
  within(await within(figure).findByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent)

test('the chart marks today on the current quarter, with the word in the interface language', async () => {
  const figure = renderCard('ru')
  expect(await within(figure).findByText('Сегодня')).toBeInTheDocument()
})

test('no today mark once the plan period, and so the axis, is over', async () => {
  const figure = renderCard('en', { today: '2028-03-01' })
  await legendItems(figure)
  expect(within(figure).queryByText('Today')).not.toBeInTheDocument()
})

test.each([
  ['en', ['Due', 'Completed']],
  ['ru', ['Срок исполнения в квартале', 'Выполнено']],
] as const)('the legend follows the bars left to right in %s', async (language, expected) => {
  expect(await legendItems(renderCard(language))).toEqual(expected)
})

test('the data table runs to the end of the plan, empty quarters included, and names the current quarter', async () => {
  const figure = renderCard('en')
  await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show data table' }))
  const rows = within(within(figure).getByRole('table')).getAllByRole('row').slice(1)
  expect(rows.map((row) => row.textContent)).toEqual([
    'Q3 202511',
    'Q4 202500',
    'Q1 202600',
    'Q2 2026 (today)10',
    'Q3 202600',
    'Q4 202620',
    'Q1 202700',
    'Q2 202700',
  ])
})

test('the summary says what is done so far and what is still due before the plan ends', () => {
  const figure = renderCard('en')
  expect(figure).toHaveTextContent(
    '1 of the 2 activities due by the end of this quarter has been completed. ' +
      '2 more activities are due by the end of the plan (30 Jun 2027).',
  )
})

test('the summary says so when nothing more is due before the plan ends', () => {
  const figure = renderCard('en', { tasks: tasks.slice(0, 2) })
  expect(figure).toHaveTextContent('Nothing more is due by the end of the plan (30 Jun 2027).')
})
