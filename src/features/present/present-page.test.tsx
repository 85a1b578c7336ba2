import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { server } from '../../../mocks/node'
import { keepShellPlanTitle } from '../../components/kept-plan-title'
import { scenarios } from '../../../mocks/scenarios'
import { renderRoute } from '../../test/render-route'

// The counter reads "Slide 3 / 9" (the word is for screen readers only, so it sits in its own element).
const counter = () =>
  screen.getByText((_, element) => element?.tagName === 'P' && /^Slide \d+ \/ \d+$/.test(element.textContent ?? ''))

test('shows the title slide of the current filter with the counter', async () => {
  renderRoute('/present?status=delayed&target=4.7')
  const title = await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  expect(title).toHaveTextContent('Status: Delayed; SDG target: 4.7')
  expect(title).toHaveTextContent(/Status as of 29 May 2026/)
  expect(counter()).toHaveTextContent(/^Slide 1 \/ \d+$/)
  expect(counter()).toHaveAttribute('aria-live', 'polite')
  expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
})

test('keys move through the slides: → PageDown Space forward, ← PageUp back, Home and End', async () => {
  renderRoute('/present')
  await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  const total = Number(/\/ (\d+)/.exec(counter().textContent ?? '')?.[1])
  fireEvent.keyDown(window, { key: 'ArrowRight' })
  expect(counter()).toHaveTextContent(`2 / ${total}`)
  fireEvent.keyDown(window, { key: 'PageDown' })
  fireEvent.keyDown(window, { key: ' ' })
  expect(counter()).toHaveTextContent(`4 / ${total}`)
  fireEvent.keyDown(window, { key: 'ArrowLeft' })
  fireEvent.keyDown(window, { key: 'PageUp' })
  expect(counter()).toHaveTextContent(`2 / ${total}`)
  fireEvent.keyDown(window, { key: 'End' })
  expect(counter()).toHaveTextContent(`${total} / ${total}`)
  fireEvent.keyDown(window, { key: 'ArrowRight' })
  expect(counter()).toHaveTextContent(`${total} / ${total}`)
  fireEvent.keyDown(window, { key: 'Home' })
  expect(counter()).toHaveTextContent(`1 / ${total}`)
})

// The browser fires this when the presenter prints the handout (the Print button, Ctrl+P or "Save as PDF").
const printHandout = () => act(() => void window.dispatchEvent(new Event('beforeprint')))

test('on screen only the current slide and its neighbours are in the document; printing renders them all', async () => {
  renderRoute('/present')
  await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  const total = Number(/\/ (\d+)/.exec(counter().textContent ?? '')?.[1])
  expect(total).toBeGreaterThan(4)
  const rendered = () =>
    screen.getAllByRole('region', { hidden: true }).map((slide) => slide.getAttribute('aria-label'))
  expect(rendered()).toEqual(['SDG 4 action plan: status report', 'Headline figures'])
  fireEvent.keyDown(window, { key: 'ArrowRight' })
  fireEvent.keyDown(window, { key: 'ArrowRight' })
  expect(rendered()).toEqual(['Headline figures', 'Activities by status', 'Activities by SDG target'])
  expect(screen.getByRole('region', { name: 'Activities by status' })).toBeVisible()
  printHandout()
  expect(rendered()).toHaveLength(total)
  act(() => void window.dispatchEvent(new Event('afterprint')))
  expect(rendered()).toHaveLength(3)
})

test('delayed and overdue activities are paged at most 5 rows per slide, every one of them once', async () => {
  renderRoute('/present')
  await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  printHandout()
  const attentionSlides = screen.getAllByRole('region', { hidden: true, name: /^Delayed and overdue activities/ })
  const rowsPerSlide = attentionSlides.map(
    (slide) => within(slide).getAllByRole('row', { hidden: true }).length - 1, // less the header row
  )
  // The sample plan has 10 delayed activities and 12 overdue ones; 8 are both: 14 rows, on 3 slides.
  expect(rowsPerSlide).toEqual([5, 5, 4])
  const codes = attentionSlides.flatMap((slide) =>
    within(slide)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) => row.textContent?.split(' ')[0]),
  )
  expect(new Set(codes).size).toBe(14)
})

test('with 10,000 activities the delayed and overdue part is five slides, the last saying how many more and where', async () => {
  server.use(...scenarios.large())
  renderRoute('/present?status=delayed')
  await screen.findByRole('region', { name: 'SDG 4 action plan: status report' }, { timeout: 10_000 })
  printHandout()
  const attentionSlides = screen.getAllByRole('region', { hidden: true, name: /^Delayed and overdue activities/ })
  expect(attentionSlides.map((slide) => slide.getAttribute('aria-label'))).toEqual(
    [1, 2, 3, 4, 5].map((page) => `Delayed and overdue activities (${page}/5)`),
  )
  const last = attentionSlides[4] as HTMLElement
  expect(within(last).getByText(/^and [\d,]+ more activities — full list:/)).toBeInTheDocument()
  const link = within(last).getByRole('link', { hidden: true })
  expect(link).toHaveAttribute('href', `${window.location.origin}/tasks?status=delayed&attention=late&sort=dueDate`)
  expect(link).toHaveTextContent(`${window.location.origin}/tasks?status=delayed&attention=late&sort=dueDate`)
}, 20_000)

test('a changes slide appears only with since', async () => {
  renderRoute('/present')
  await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  expect(screen.queryAllByRole('region', { hidden: true, name: /^What changed/ })).toHaveLength(0)
  renderRoute('/present?since=2026-05-01')
  await screen.findAllByRole('region', { name: 'SDG 4 action plan: status report' })
  printHandout()
  await waitFor(() =>
    expect(screen.getAllByRole('region', { hidden: true, name: /^What changed/ }).length).toBeGreaterThan(0),
  )
})

test('Esc returns to where the presenter came from', async () => {
  const { user, router } = renderRoute('/tasks?status=delayed')
  await user.click(await screen.findByRole('link', { name: 'Present this view' }))
  await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  expect(router.state.location.pathname).toBe('/present')
  expect(router.state.location.search).toBe('?status=delayed')
  fireEvent.keyDown(window, { key: 'Escape' })
  await waitFor(() => expect(router.state.location.pathname).toBe('/tasks'))
})

test('values of the link the deck cannot use are named on the title slide', async () => {
  renderRoute('/present?status=on_hold&since=yesterday')
  const title = await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  expect(within(title).getByText(/ignored: status=on_hold, since=yesterday/)).toBeInTheDocument()
})

test('a second sort in an activities link is named as ignored', async () => {
  renderRoute('/tasks?sort=title&sort=-progress')
  expect(await screen.findByText(/ignored: sort=-progress/)).toBeInTheDocument()
})

test('the figures slide names each figure beside its icon, as the overview does', async () => {
  renderRoute('/present')
  await screen.findByRole('region', { name: 'SDG 4 action plan: status report' })
  const slide = screen.getByRole('region', { hidden: true, name: 'Headline figures' })
  const terms = within(slide)
    .getAllByRole('term', { hidden: true })
    .map((term) => term.textContent?.trim())
  expect(terms).toEqual([
    'Total activities',
    'Completed',
    'In progress',
    'Delayed',
    'Not started',
    'Overdue',
    'Indicators on track',
  ])
  for (const term of within(slide).getAllByRole('term', { hidden: true })) {
    expect(term.querySelector('svg[aria-hidden="true"]')).not.toBeNull()
  }
})

test("while the deck's data loads, its title slide shows the plan's title from the page, the controls in their place", async () => {
  const shell = document.createElement('div')
  shell.dataset.shell = 'en'
  shell.innerHTML = '<main class="present"><p class="slide-title__plan"><span lang="ru">План действий</span></p></main>'
  keepShellPlanTitle(shell, 'en')
  server.use(http.get('*/api/v1/tasks', () => delay('infinite')))
  renderRoute('/present')
  const title = await screen.findByText('План действий')
  expect(title).toHaveAttribute('lang', 'ru')
  expect(title.closest('.slide-title__plan')).not.toBeNull()
  expect(screen.queryByRole('region', { name: 'SDG 4 action plan: status report' })).not.toBeInTheDocument()
  const controls = screen.getByRole('navigation', { name: 'Presentation controls' })
  expect(within(controls).getByRole('button', { name: 'Next' })).toBeDisabled()
  expect(within(controls).getByRole('button', { name: 'Download PowerPoint' })).toBeDisabled()
  expect(within(controls).getByRole('button', { name: 'Exit (Esc)' })).toBeEnabled()
})
