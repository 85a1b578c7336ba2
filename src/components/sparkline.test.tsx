import { render, screen } from '@testing-library/react'
import { I18nProvider } from '../i18n/use-translation'
import type { Indicator } from '../api/schemas'
import type { Language } from '../i18n/languages'
import { createI18n } from '../i18n/setup'
import { allCatalogs } from '../test/catalogs'
import { Sparkline } from './sparkline'

type Drawn = Pick<Indicator, 'direction' | 'baseline' | 'targets' | 'actuals'>

const at = (year: number, value: number) => ({ year, value })
const reading: Drawn = {
  direction: 'increase',
  baseline: at(2018, 35.8),
  targets: [at(2025, 42), at(2029, 50)],
  actuals: [at(2022, 36.5), at(2024, 34.9)],
}

function draw(indicator: Drawn, language: Language = 'en') {
  return render(
    <I18nProvider i18n={createI18n(language, allCatalogs)}>
      <Sparkline indicator={indicator} />
    </I18nProvider>,
  ).container
}

const pointCount = (line: Element | null) => line?.getAttribute('points')?.split(' ').length

test.each<[string, Drawn, string]>([
  ['an increase indicator that fell', reading, 'Trend: worsening (higher is better)'],
  [
    'an increase indicator that rose',
    { ...reading, actuals: [at(2022, 38), at(2024, 40)] },
    'Trend: improving (higher is better)',
  ],
  [
    'a decrease indicator that fell',
    { direction: 'decrease', baseline: at(2019, 1.9), targets: [at(2029, 0)], actuals: [at(2024, 0.9)] },
    'Trend: improving (lower is better)',
  ],
  [
    'a decrease indicator that rose',
    { direction: 'decrease', baseline: at(2019, 0.5), targets: [at(2029, 0.1)], actuals: [at(2023, 0.6)] },
    'Trend: worsening (lower is better)',
  ],
  ['no change', { ...reading, actuals: [at(2024, 35.8)] }, 'Trend: no change (higher is better)'],
  [
    'no actual since the baseline',
    { ...reading, actuals: [] },
    'Trend: no actual value since the baseline (higher is better)',
  ],
])('says the trend in words: %s', (_, indicator, name) => {
  draw(indicator)
  expect(screen.getByRole('img', { name })).toBeInTheDocument()
})

test('says the trend in Kazakh too', () => {
  draw(reading, 'kk')
  expect(
    screen.getByRole('img', { name: 'Серпін: нашарлауда (мәні неғұрлым жоғары болса, соғұрлым жақсы)' }),
  ).toBeInTheDocument()
})

test('draws the target trajectory dashed from the baseline through every target, and the actuals solid', () => {
  const svg = draw(reading)
  const trajectory = svg.querySelector('.sparkline__trajectory')
  const actual = svg.querySelector('.sparkline__actual')
  expect(pointCount(trajectory)).toBe(3) // baseline, 2025, 2029
  expect(trajectory).toHaveAttribute('stroke-dasharray')
  expect(pointCount(actual)).toBe(3) // baseline, 2022, 2024
  expect(actual).not.toHaveAttribute('stroke-dasharray')
})

test('a worsening trend differs from an improving one by its marker and colour, not colour alone', () => {
  const worsening = draw(reading).querySelector('.sparkline__marker')
  const improving = draw({ ...reading, actuals: [at(2024, 40)] }).querySelector('.sparkline__marker')
  expect(worsening?.tagName).not.toBe(improving?.tagName)
  expect(worsening?.getAttribute('style')).not.toBe(improving?.getAttribute('style'))
})
