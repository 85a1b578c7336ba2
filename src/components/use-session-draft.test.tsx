import { render, screen } from '@testing-library/react'
import { hasSessionDraft, keepSessionDraft, useSessionDraft } from './use-session-draft'

const key = 'sdg4.report-draft.test'
beforeEach(() => sessionStorage.clear())

let failuresLeft = 0

/** Its render fails `failuresLeft` times, as a render can be thrown away for many reasons; React renders it again. */
function Form() {
  const [draft] = useSessionDraft(key, () => 'fresh')
  if (failuresLeft > 0) {
    failuresLeft--
    throw new Error('a render thrown away')
  }
  return <p>{draft}</p>
}

test('a draft kept when the session ended survives a render React throws away, then is forgotten', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports the recovered error
  keepSessionDraft(key, 'typed before the session ended')
  failuresLeft = 1
  render(<Form />, { onRecoverableError: () => undefined })
  expect(await screen.findByText('typed before the session ended')).toBeInTheDocument()
  expect(hasSessionDraft(key)).toBe(false)
})

test('without a draft the form starts fresh', async () => {
  render(<Form />)
  expect(await screen.findByText('fresh')).toBeInTheDocument()
})
