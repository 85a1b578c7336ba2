import { render, screen, waitFor, within } from '@testing-library/react'
import { I18nProvider } from '../../i18n/use-translation'
import type { Indicator } from '../../api/schemas'
import type { Language } from '../../i18n/languages'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import IndicatorChart from './indicator-chart'

const reading: Indicator = {
  id: 'reading',
  code: '4.1.1',
  name: { en: 'Reading' },
  sdgTarget: '4.1',
  unit: 'percent',
  direction: 'increase',
  baseline: { year: 2018, value: 35.8 },
  targets: [{ year: 2029, value: 50 }],
  actuals: [
    { year: 2021, value: 36.5 },
    { year: 2024, value: 34.9 },
  ],
}
const rows = [
  { year: 2018, target: 35.8, actual: 35.8 },
  { year: 2021, actual: 36.5 },
  { year: 2024, actual: 34.9 },
  { year: 2029, target: 50 },
]

function renderChart(language: Language, indicator: Indicator = reading) {
  const { container } = render(
    <I18nProvider i18n={createI18n(language, allCatalogs)}>
      <IndicatorChart indicator={indicator} rows={rows} size={{ width: 800, height: 400 }} />
    </I18nProvider>,
  )
  const ticks = (axis: 'x' | 'y') =>
    [...container.querySelectorAll(`.chart-tick--${axis} text`)].map((tick) => tick.textContent)
  return { ticks }
}

test.each([
  ['en', ['Target trajectory', 'Actual']],
  ['ru', ['Целевая траектория', 'Фактическое значение']],
] as const)('the legend keeps the series in drawing order in %s, not sorted by name', async (language, expected) => {
  renderChart(language)
  const legend = await screen.findByRole('list')
  expect(
    within(legend)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(expected)
})

test('a percentage is read against its whole scale: 0 to 100 in steps of 20', async () => {
  const { ticks } = renderChart('en')
  await waitFor(() => expect(ticks('y')).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']))
})

test('years are ticked on round steps, not wherever a scale would split the range', async () => {
  const { ticks } = renderChart('en')
  await waitFor(() => expect(ticks('x')).toEqual(['2018', '2020', '2022', '2024', '2026', '2028']))
})

test('a count away from a round number still starts its axis at zero, on whole steps', async () => {
  const { ticks } = renderChart('en', { ...reading, unit: 'count' })
  await waitFor(() => expect(ticks('y')).toEqual(['0', '10', '20', '30', '40', '50']))
})

test('a mark is titled in one language: a stage named only in another is given by its number', async () => {
  const policy: Indicator = {
    ...reading,
    id: 'policy',
    unit: 'level',
    levels: [{ en: 'Not reflected' }, { ru: 'Частично отражено' }, { en: 'Fully reflected' }],
    baseline: { year: 2018, value: 0 },
    targets: [{ year: 2029, value: 2 }],
    actuals: [
      { year: 2021, value: 1 },
      { year: 2024, value: 2 },
    ],
  }
  const { container } = render(
    <I18nProvider i18n={createI18n('en', allCatalogs)}>
      <IndicatorChart
        indicator={policy}
        rows={[
          { year: 2018, target: 0, actual: 0 },
          { year: 2021, actual: 1 },
          { year: 2024, actual: 2 },
          { year: 2029, target: 2 },
        ]}
        size={{ width: 800, height: 400 }}
      />
    </I18nProvider>,
  )
  await waitFor(() => expect(container.querySelectorAll('.chart-series--actual title')).toHaveLength(3))
  expect([...container.querySelectorAll('.chart-series--actual title')].map((title) => title.textContent)).toEqual([
    '2018 · Actual: Not reflected',
    '2021 · Actual: stage 2 of 3',
    '2024 · Actual: Fully reflected',
  ])
})
