import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../mocks/data/db'
import { renderRoute } from '../../test/render-route'

test('the detail page explains its status with every input of the method', async () => {
  const indicator = db.indicators.find((i) => i.id === 'ind-4-7-aspnet')
  if (!indicator) throw new Error('the sample plan lacks ind-4-7-aspnet')
  renderRoute(`/indicators/${indicator.id}`)
  expect(await screen.findByRole('heading', { level: 1, name: indicator.name.en })).toBeInTheDocument()
  const why = screen.getByRole('region', { name: 'Why this status?' })
  for (const term of [
    'Baseline',
    'Latest actual',
    'Final target value',
    'Expected in the latest year',
    'Observed growth per year',
    'Required growth per year',
    'Ratio R (observed ÷ required)',
  ]) {
    expect(within(why).getByText(term)).toBeInTheDocument()
  }
  expect(within(why).getByText(/The observed growth rate is -?\d+([.,]\d+)? times the rate needed/)).toBeInTheDocument()
  const figure = screen.getByRole('figure', { name: 'Actual values against the target trajectory' })
  await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show data table' }))
  expect(within(figure).getByRole('table', { name: /expected and actual values of NI-4\.7\.2/ })).toBeInTheDocument()
  const driving = screen.getByRole('region', { name: 'Activities that drive this indicator' })
  // ind-4-7-aspnet is driven by three activities in the sample plan.
  expect(await within(driving).findAllByRole('link')).toHaveLength(3)
  expect(within(why).getByText('Limited progress')).toBeInTheDocument()
})

test('a level indicator shows its values by stage name', async () => {
  const indicator = db.indicators.find((i) => i.unit === 'level')
  renderRoute(`/indicators/${indicator?.id}`)
  const why = await screen.findByRole('region', { name: 'Why this status?' })
  const stage = indicator?.levels?.[indicator.baseline.value]?.en ?? ''
  expect(
    within(why).getByText(
      new RegExp(`^${stage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${indicator?.baseline.year}\\)$`),
    ),
  ).toBeInTheDocument()
})

test('an unknown indicator says "Indicator not found"', async () => {
  renderRoute('/indicators/nope', { language: 'ru' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Индикатор не найден' })).toBeInTheDocument()
})
