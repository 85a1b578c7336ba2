import { render, waitFor } from '@testing-library/react'
import { I18nProvider } from '../../i18n/use-translation'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import StatusBarChart from './status-bar-chart'

test('the count axis steps by a round number up to just above the tallest bar, in the interface locale', async () => {
  const { container } = render(
    <I18nProvider i18n={createI18n('ru', allCatalogs)}>
      <StatusBarChart
        counts={{ not_started: 900, in_progress: 2300, completed: 1200, delayed: 400, cancelled: 0 }}
        size={{ width: 800, height: 400 }}
      />
    </I18nProvider>,
  )
  const yTicks = () =>
    [...container.querySelectorAll('.chart-tick--y text')].map((tick) => tick.textContent?.replace(/\s/g, ' '))
  // A scale's own ticks would step by 600 up to 2400; and "2400" must carry the Russian digit grouping.
  await waitFor(() => expect(yTicks()).toEqual(['0', '500', '1 000', '1 500', '2 000', '2 500']))
})
