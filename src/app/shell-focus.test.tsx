import { waitFor } from '@testing-library/react'
import { handOverShellFocus } from './shell-focus'

// What the browser has before the app runs: the shell in its busy wrapper; then what React's first commit leaves.
const shellMarkup =
  '<div class="prerendered-screen" aria-busy="true"><a href="#main">Skip</a><nav><a href="/">Overview</a>' +
  '<a href="/tasks">Activities</a></nav><main id="main"><a href="/tasks">Activities</a></main></div>'
const appMarkup =
  '<div class="app"><a href="#main">Skip</a><nav><a href="/">Overview</a><a href="/tasks">Activities</a></nav>' +
  '<main id="main"><a href="/tasks">Activities</a></main></div>'

function mountShell() {
  const root = document.createElement('div')
  root.id = 'root'
  root.innerHTML = shellMarkup
  document.body.append(root)
  return root
}
afterEach(() => document.getElementById('root')?.remove())

test.each([
  ['the skip link', 0, 'Skip', 0],
  ['a navigation link', 2, 'Activities', 2],
  ['the second link of the same address and name', 3, 'Activities', 3],
])('the focus on %s in the shell moves to the same one in the app', async (_, shellIndex, name, appIndex) => {
  const root = mountShell()
  handOverShellFocus(root)
  root.querySelectorAll('a')[shellIndex]?.focus()
  root.innerHTML = appMarkup
  expect(document.activeElement).toBe(document.body)
  await waitFor(() => expect(document.activeElement).toBe(root.querySelectorAll('a')[appIndex]))
  expect(document.activeElement).toHaveTextContent(name)
})

test('the focus already in the shell when the entry runs is followed too', async () => {
  const root = mountShell()
  root.querySelectorAll('a')[1]?.focus()
  handOverShellFocus(root)
  root.innerHTML = appMarkup
  await waitFor(() => expect(document.activeElement).toBe(root.querySelectorAll('a')[1]))
})

test('nothing focused in the shell: the app does not take the focus', async () => {
  const root = mountShell()
  handOverShellFocus(root)
  root.innerHTML = appMarkup
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(document.activeElement).toBe(document.body)
})
