import { screen, within } from '@testing-library/react'
import { db } from '../../../mocks/data/db'
import { renderRoute } from '../../test/render-route'

/** A row of the indicators table, found by the indicator's name as a person reads it. */
async function findIndicatorRow(name: RegExp) {
  const link = await screen.findByRole('link', { name })
  const row = link.closest('tr')
  if (!row) throw new Error(`no table row holds ${name}`)
  return row
}

/** The row's cells by their column header, as a screen reader announces them. */
function cellsByColumn(row: HTMLElement): Record<string, string> {
  const headers = within(screen.getByRole('table')).getAllByRole('columnheader')
  const cells = [...row.querySelectorAll('th, td')]
  return Object.fromEntries(headers.map((header, i) => [header.textContent ?? '', cells[i]?.textContent ?? '']))
}

test('lists indicators in one table, a row group per SDG target, with counts per status', async () => {
  renderRoute('/indicators')
  expect(
    await screen.findByText(`Showing ${db.indicators.length} of ${db.indicators.length} indicators`),
  ).toBeInTheDocument()
  expect(screen.getAllByRole('table')).toHaveLength(1)
  const table = screen.getByRole('table', { name: 'Outcome indicators by SDG target' })
  expect(within(table).getByRole('rowgroup', { name: 'Target 4.1: Primary and secondary education' })).toBeVisible()
  expect(
    within(table).getByRole('rowgroup', {
      name: 'Target 4.7: Education for sustainable development and global citizenship',
    }),
  ).toBeVisible()
  const targets = [...new Set(db.indicators.map((i) => i.sdgTarget))]
  // The header row's group, then one per target.
  expect(within(table).getAllByRole('rowgroup')).toHaveLength(targets.length + 1)
  for (const target of targets) {
    const group = within(table).getByRole('rowgroup', { name: new RegExp(`^Target ${target.replace('.', '\\.')}: `) })
    const inTarget = db.indicators.filter((i) => i.sdgTarget === target)
    for (const indicator of inTarget) expect(within(group).getByRole('link', { name: indicator.name.en })).toBeVisible()
  }
  // Counts stated as the sample plan has them (see mocks/mock-api.test.ts), not recomputed with the method itself.
  expect(screen.getByRole('checkbox', { name: 'Deterioration (3)' })).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'On track (7)' })).toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Target value achieved (1)' })).toBeInTheDocument()
})

test('a row shows the baseline, where the indicator should be this year, the latest and the final target', async () => {
  renderRoute('/indicators')
  // Reading: baseline 35.8 % in 2018, targets 42 % in 2025 and 50 % in 2029; the tests run in 2026, a quarter of the
  // way from 2025 to 2029, so 44 % is expected.
  const row = await findIndicatorRow(/minimum proficiency in reading/)
  expect(screen.getByRole('columnheader', { name: 'Expected in 2026' })).toBeInTheDocument()
  expect(cellsByColumn(row)).toMatchObject({
    Code: '4.1.1(c) reading',
    Baseline: '35.8% (2018)',
    'Expected in 2026': '44%',
    'Latest value': '34.9% (2024)',
    'Final target value': '50% (2029)',
    'Progress status': expect.stringContaining('Deterioration'),
  })
})

test('a level indicator expects the stage reached by this year, rounded down as the progress method does', async () => {
  renderRoute('/indicators')
  // Curricula: stage 2 in 2025 and 4 in 2029; 2026 is at 2.5, which the method rounds down to stage 2.
  const curricula = await findIndicatorRow(/ESD mainstreamed in curricula/)
  expect(cellsByColumn(curricula)['Expected in 2026']).toBe('Partly mainstreamed')
  // Teacher education declares stage 3 for 2026.
  const teachers = await findIndicatorRow(/ESD mainstreamed in teacher education/)
  expect(cellsByColumn(teachers)['Expected in 2026']).toBe('Fully mainstreamed')
})

test('a latest value more than two years old is marked as outdated in words', async () => {
  renderRoute('/indicators')
  // Pre-school preparation was last measured in 2023, three years before the tests' 2026.
  const preschool = await findIndicatorRow(/pre-school preparation/)
  expect(cellsByColumn(preschool)['Latest value']).toBe('99.1% (2023)Outdated')
  // Reading was measured in 2024: two years old is not yet outdated.
  const reading = await findIndicatorRow(/minimum proficiency in reading/)
  expect(cellsByColumn(reading)['Latest value']).toBe('34.9% (2024)')
  expect(screen.getByText(/^Outdated: the latest value is more than two years old \(2023 or earlier\)/)).toBeVisible()
})

test('an indicator with no actual since its baseline says so instead of a value', async () => {
  renderRoute('/indicators')
  const ecdi = await findIndicatorRow(/developmentally on track/)
  expect(within(ecdi).getByText('No actual value since the baseline')).toBeInTheDocument()
  expect(
    within(ecdi).getByRole('img', { name: 'Trend: no actual value since the baseline (higher is better)' }),
  ).toBeInTheDocument()
})

test('each row says in words which way is better and where its trend goes', async () => {
  renderRoute('/indicators')
  const reading = await findIndicatorRow(/minimum proficiency in reading/)
  expect(within(reading).getByText('Higher is better')).toBeInTheDocument()
  expect(within(reading).getByRole('img', { name: 'Trend: worsening (higher is better)' })).toBeInTheDocument()
  const threeShift = await findIndicatorRow(/three-shift schools/)
  expect(within(threeShift).getByText('Lower is better')).toBeInTheDocument()
  expect(within(threeShift).getByRole('img', { name: 'Trend: improving (lower is better)' })).toBeInTheDocument()
  expect(cellsByColumn(threeShift).Direction?.trim()).toBe('betterLower is better')
})

test('the table reads in Russian: target names, the expected year and the direction', async () => {
  renderRoute('/indicators', { language: 'ru' })
  const earlyChildhood = await screen.findByRole('rowgroup', {
    name: 'Задача ЦУР 4.2: Развитие детей раннего возраста и дошкольное образование',
  })
  expect(within(earlyChildhood).getAllByText('Чем выше, тем лучше').length).toBeGreaterThan(0)
  expect(screen.getByRole('columnheader', { name: 'Ожидаемое в 2026 г.' })).toBeInTheDocument()
})

test('filters by progress status through the URL', async () => {
  const { user, router } = renderRoute('/indicators')
  await screen.findByRole('checkbox', { name: /^On track/ })
  await user.click(screen.getByRole('checkbox', { name: /^On track/ }))
  expect(router.state.location.search).toBe('?status=on_track')
  expect(screen.getAllByRole('rowheader').filter((cell) => cell.getAttribute('scope') === 'row')).toHaveLength(7)
  expect(screen.getByRole('link', { name: /Digital literacy/ })).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: /minimum proficiency in reading/ })).not.toBeInTheDocument()
  expect(screen.getByText(`Showing 7 of ${db.indicators.length} indicators`)).toHaveAttribute('role', 'status')
})
