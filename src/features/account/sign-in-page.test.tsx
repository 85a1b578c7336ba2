import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { db } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import { renderRoute } from '../../test/render-route'

const header = () => screen.getAllByRole('banner')[0]!

async function fillAndSubmit(user: ReturnType<typeof renderRoute>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('Email'), email)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

test('a visitor sees only a discreet "Sign in" link that returns to the page', async () => {
  const { user, router } = renderRoute('/tasks?status=delayed')
  const link = await within(header()).findByRole('link', { name: 'Sign in' })
  expect(within(header()).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
  await user.click(link)
  await screen.findByRole('heading', { level: 1, name: 'Sign in' })
  expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/tasks?status=delayed')}`)
})

test('signing in returns to the page one came from and the header names the user and organisation', async () => {
  const { user, router } = renderRoute('/sign-in?next=%2Fowners')
  await fillAndSubmit(user, 'moe@demo.sdg4.kz', 'demo-sdg4')
  await screen.findByRole('heading', { level: 1, name: 'Responsible organisations' })
  expect(router.state.location.pathname).toBe('/owners')
  const account = await within(header()).findByRole('group', { name: 'Account' })
  await waitFor(() => expect(account).toHaveTextContent('MoE reporter · MoE'))
  await user.click(within(account).getByRole('button', { name: 'Sign out' }))
  expect(await within(header()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument()
})

test('a wrong password is said in words and what was typed stays', async () => {
  const { user } = renderRoute('/sign-in')
  await fillAndSubmit(user, 'moe@demo.sdg4.kz', 'wrong')
  expect(await screen.findByRole('alert')).toHaveTextContent('The email or the password is wrong.')
  expect(screen.getByLabelText('Email')).toHaveValue('moe@demo.sdg4.kz')
  expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
})

test('empty fields are named before anything is sent', async () => {
  const { user } = renderRoute('/sign-in')
  await user.click(await screen.findByRole('button', { name: 'Sign in' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Enter your email and your password.')
})

test('a network failure is said in words', async () => {
  server.use(http.post('*/api/v1/session', () => HttpResponse.error()))
  const { user } = renderRoute('/sign-in')
  await fillAndSubmit(user, 'moe@demo.sdg4.kz', 'demo-sdg4')
  expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached.')
  expect(screen.getByLabelText('Password')).toHaveValue('demo-sdg4')
})

test('a double click signs in once', async () => {
  let posts = 0
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/session')) posts++
  })
  server.use(
    http.post('*/api/v1/session', async () => {
      await delay(200)
    }),
  )
  const { user } = renderRoute('/sign-in')
  await user.type(await screen.findByLabelText('Email'), 'moe@demo.sdg4.kz')
  await user.type(screen.getByLabelText('Password'), 'demo-sdg4')
  await user.dblClick(screen.getByRole('button', { name: 'Sign in' }))
  await screen.findByRole('heading', { level: 1, name: 'Overview' })
  server.events.removeAllListeners()
  expect(posts).toBe(1)
  expect(db.audit.filter((e) => e.action === 'session.create')).toHaveLength(1)
})

test('a never-seen next (another site) goes to the overview instead', async () => {
  const { user, router } = renderRoute('/sign-in?next=%2F%2Fevil.example')
  await fillAndSubmit(user, 'viewer@demo.sdg4.kz', 'demo-sdg4')
  await waitFor(() => expect(router.state.location.pathname).toBe('/'))
  expect(within(header()).getByRole('group', { name: 'Account' })).toHaveTextContent('Daniyar Viewer · Viewer')
})
