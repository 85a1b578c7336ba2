import { screen, within } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { assessProgress } from '../../domain/progress-status'
import { renderRoute } from '../../test/render-route'

test('lists indicators grouped by SDG target with status and counts per status', async () => {
  renderRoute('/indicators')
  expect(
    await screen.findByText(`Showing ${db.indicators.length} of ${db.indicators.length} indicators`),
  ).toBeInTheDocument()
  const targets = [...new Set(db.indicators.map((i) => i.sdgTarget))]
  for (const target of targets)
    expect(screen.getByRole('heading', { level: 2, name: `Target ${target}` })).toBeInTheDocument()
  const deteriorating = db.indicators.filter((i) => assessProgress(i).status === 'deterioration').length
  expect(screen.getByRole('checkbox', { name: `Deterioration (${deteriorating})` })).toBeInTheDocument()
})

test('filters by progress status through the URL', async () => {
  const { user, router } = renderRoute('/indicators')
  await screen.findByRole('checkbox', { name: /^On track/ })
  await user.click(screen.getByRole('checkbox', { name: /^On track/ }))
  expect(router.state.location.search).toBe('?status=on_track')
  const onTrack = db.indicators.filter((i) => assessProgress(i).status === 'on_track')
  expect(screen.getAllByRole('row').length - screen.getAllByRole('table').length).toBe(onTrack.length)
})

test('the detail page explains its status with every input of the method', async () => {
  const indicator = db.indicators.find((i) => assessProgress(i).rule === 'ratio')
  if (!indicator) throw new Error('the sample needs an indicator decided by the growth ratio')
  renderRoute(`/indicators/${indicator.id}`)
  expect(await screen.findByRole('heading', { level: 1, name: indicator.name.en })).toBeInTheDocument()
  const why = screen.getByRole('region', { name: 'Why this status?' })
  for (const term of [
    'Baseline',
    'Latest actual',
    'Final target',
    'Expected in the latest year',
    'Observed growth per year',
    'Required growth per year',
    'Ratio R (observed ÷ required)',
  ]) {
    expect(within(why).getByText(term)).toBeInTheDocument()
  }
  expect(within(why).getByText(/The observed growth rate is -?\d+([.,]\d+)? times the rate needed/)).toBeInTheDocument()
  expect(screen.getByRole('figure', { name: 'Actual values against the target trajectory' })).toBeInTheDocument()
  expect(screen.getByRole('table', { name: new RegExp(`Targets, expected and actual values of`) })).toBeInTheDocument()
  const driving = screen.getByRole('region', { name: 'Activities that drive this indicator' })
  const linked = db.tasks.filter((t) => t.indicatorIds.includes(indicator.id))
  if (linked.length > 0) expect(await within(driving).findAllByRole('link')).toHaveLength(linked.length)
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
