import { render, screen } from '@testing-library/react'
import { I18nProvider } from '../i18n/use-translation'
import { renderToStaticMarkup } from 'react-dom/server'
import { createI18n } from '../i18n/setup'
import { allCatalogs } from '../test/catalogs'
import { StatusBadge, overdueIcon, progressIcon, statusIcon, totalIcon } from './status-badge'

const icons = {
  ...Object.fromEntries(Object.entries(statusIcon).map(([status, icon]) => [`activity ${status}`, icon])),
  ...Object.fromEntries(Object.entries(progressIcon).map(([status, icon]) => [`indicator ${status}`, icon])),
  overdue: overdueIcon,
  total: totalIcon,
}

test('every meaning has an icon of its own: no two statuses, overdue or the total share a drawing', () => {
  const meaningsByDrawing = new Map<string, string[]>()
  for (const [meaning, icon] of Object.entries(icons)) {
    const markup = renderToStaticMarkup(icon)
    meaningsByDrawing.set(markup, [...(meaningsByDrawing.get(markup) ?? []), meaning])
  }
  expect([...meaningsByDrawing.values()].filter((meanings) => meanings.length > 1)).toEqual([])
  // The case the review found: one tick for both Completed and "on track".
  expect(renderToStaticMarkup(statusIcon.completed)).not.toBe(renderToStaticMarkup(progressIcon.on_track))
})

test.each(Object.entries(icons))(
  'the %s icon is an inline SVG in the text colour, 1em, hidden from assistive technology',
  (_, icon) => {
    const { container } = render(icon)
    const svg = container.querySelector('svg')
    expect(svg).toHaveAttribute('viewBox', '0 0 16 16')
    expect(svg).toHaveAttribute('aria-hidden', 'true')
    expect(svg).toHaveAttribute('focusable', 'false')
    expect(svg).toHaveAttribute('width', '1em')
    expect(svg).toHaveAttribute('height', '1em')
    expect(svg).toHaveAttribute('stroke', 'currentColor')
    // Fills, where there are any, follow the text colour too, so print and forced colours keep the shape.
    for (const filled of container.querySelectorAll('[fill]:not(svg)')) {
      expect(filled).toHaveAttribute('fill', 'currentColor')
    }
  },
)

test("a badge's text is its word alone: no glyph to be read out or copied with it", () => {
  render(
    <I18nProvider i18n={createI18n('en', allCatalogs)}>
      <ul>
        <li>
          <StatusBadge status="completed" />
        </li>
        <li>
          <StatusBadge status="on_track" />
        </li>
      </ul>
    </I18nProvider>,
  )
  expect(screen.getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual(['Completed', 'On track'])
})
