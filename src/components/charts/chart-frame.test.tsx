import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nProvider } from '../../i18n/use-translation'
import { createI18n } from '../../i18n/setup'
import { allCatalogs } from '../../test/catalogs'
import { ChartFrame } from './chart-frame'

const renderFrame = () =>
  render(
    <I18nProvider i18n={createI18n('en', allCatalogs)}>
      <ChartFrame
        title="Activities by status"
        summary="3 of 5 are late."
        table={<table aria-label="The numbers" />}
        fileName="x"
      >
        <p>chart</p>
      </ChartFrame>
    </I18nProvider>,
  )

test('the table is built when the reader asks for it, not with the chart', async () => {
  renderFrame()
  const figure = screen.getByRole('figure', { name: 'Activities by status' })
  expect(within(figure).queryByRole('table')).not.toBeInTheDocument()
  await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show data table' }))
  expect(within(figure).getByRole('table', { name: 'The numbers' })).toBeInTheDocument()
})

test('the table is in the document while it is printed', () => {
  renderFrame()
  act(() => void window.dispatchEvent(new Event('beforeprint')))
  expect(screen.getByRole('table', { name: 'The numbers' })).toBeInTheDocument()
  act(() => void window.dispatchEvent(new Event('afterprint')))
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})
