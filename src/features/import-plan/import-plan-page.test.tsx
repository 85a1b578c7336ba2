import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { mockSession } from '../../../mocks/data/accounts'
import { server } from '../../../mocks/node'
import type { ImportPreview } from '../../api/schemas-import'
import { renderRoute } from '../../test/render-route'

const workbookType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const workbook = () => new File([new Uint8Array(2048)], 'plan.xlsx', { type: workbookType })

function aPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    id: 'imp-1',
    state: 'preview',
    createdAt: '2026-06-01T10:00:00+05:00',
    counts: { added: 1, changed: 1, unchanged: 10, removed: 1, errors: 0 },
    sheets: [
      {
        name: 'Activities',
        added: [{ code: '9.1', title_en: 'New literacy programme', status: 'not_started' }],
        changed: [{ key: '1.2', row: 4, fields: [{ name: 'progress', from: 40, to: 55 }] }],
        unchanged: 10,
        removed: [{ code: '3.3', title_en: 'Old activity' }],
      },
      { name: 'Organisations', added: [], changed: [], unchanged: 0, removed: [] },
    ],
    errors: [],
    ...overrides,
  }
}

const withErrors = aPreview({
  counts: { added: 0, changed: 0, unchanged: 10, removed: 0, errors: 2 },
  sheets: [{ name: 'Activities', added: [], changed: [], unchanged: 10, removed: [] }],
  errors: [
    { sheet: 'Activities', row: 7, column: 'F', message: 'The status “finished” is not one of the list.' },
    { sheet: 'Activities', row: 9, column: 'K', message: 'The due date is before the start date.' },
  ],
})

/** The upload's handler: answers `preview` and records what arrived. */
function acceptUploads(preview: ImportPreview, { wait = 0 } = {}) {
  const uploads: { type: string | null; size: number; lang: string | null }[] = []
  server.use(
    http.post('*/imports', async ({ request }) => {
      const body = await request.arrayBuffer()
      uploads.push({
        type: request.headers.get('content-type'),
        size: body.byteLength,
        lang: new URL(request.url).searchParams.get('lang'),
      })
      await delay(wait)
      return HttpResponse.json(preview, { status: 201 })
    }),
  )
  return uploads
}

async function checkAFile() {
  mockSession.start('u-secretariat')
  const view = renderRoute('/import')
  // The heading shows while the session loads; the form only once the secretariat is known.
  await view.user.upload(await screen.findByLabelText('Workbook (.xlsx)'), workbook())
  await view.user.click(screen.getByRole('button', { name: 'Check the file' }))
  return view
}

test('errors come first with their sheet, row and column, take the focus, and Apply is disabled with the reason', async () => {
  acceptUploads(withErrors)
  await checkAFile()
  const errorsHeading = await screen.findByRole('heading', { level: 3, name: 'Errors to correct: 2' })
  await waitFor(() => expect(errorsHeading).toHaveFocus())
  const preview = screen.getByRole('region', { name: "3. The check's result" })
  const tables = within(preview).getAllByRole('table')
  const rows = within(tables[0]!).getAllByRole('row')
  expect(rows[1]).toHaveTextContent('Activities7FThe status “finished” is not one of the list.')
  expect(rows[2]).toHaveTextContent('Activities9KThe due date is before the start date.')
  expect(tables[1]).toHaveAccessibleName('Rows per sheet')
  const apply = screen.getByRole('button', { name: 'Apply' })
  expect(apply).toBeDisabled()
  expect(apply).toHaveAccessibleDescription(
    'Apply is not possible while the workbook has errors. Correct them and check the file again.',
  )
})

test('a clean preview lists the rows as tables; Apply keeps missing rows by default and reports the counts', async () => {
  const uploads = acceptUploads(aPreview())
  const applied: unknown[] = []
  server.use(
    http.post('*/imports/:id/apply', async ({ request }) => {
      applied.push(await request.json())
      return HttpResponse.json(aPreview({ state: 'applied' }))
    }),
  )
  const { user } = await checkAFile()
  const heading = await screen.findByRole('heading', { level: 2, name: "3. The check's result" })
  await waitFor(() => expect(heading).toHaveFocus())
  expect(uploads).toEqual([{ type: workbookType, size: 2048, lang: 'en' }])
  expect(screen.getByRole('table', { name: 'Added rows: 1' })).toHaveTextContent('9.1New literacy programme')
  expect(screen.getByRole('table', { name: 'Changed rows: 1' })).toHaveTextContent('1.24progress4055')
  expect(screen.getByRole('table', { name: 'In the plan but not in the workbook: 1' })).toHaveTextContent('3.3Old')
  const removeMissing = screen.getByRole('checkbox', { name: /^Remove missing rows.*\(1\)$/ })
  expect(removeMissing).not.toBeChecked()

  await user.click(screen.getByRole('button', { name: 'Apply' }))
  const done = await screen.findByRole('heading', { level: 2, name: 'The plan has been updated' })
  await waitFor(() => expect(done).toHaveFocus())
  expect(applied).toEqual([{ removeMissing: false }])
  expect(screen.getByText('Added: 1. Changed: 1. Removed: 0.')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'See the overview' })).toHaveAttribute('href', '/')
})

test('a 409 says the plan changed, and checking again sends the same file without choosing it anew', async () => {
  const uploads = acceptUploads(aPreview())
  server.use(
    http.post('*/imports/:id/apply', () =>
      HttpResponse.json({ error: { code: 'plan_changed', message: 'The plan changed' } }, { status: 409 }),
    ),
  )
  const { user } = await checkAFile()
  await user.click(await screen.findByRole('checkbox', { name: /^Remove missing rows/ }))
  await user.click(screen.getByRole('button', { name: 'Apply' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('The plan changed after this check.')
  expect(screen.getByRole('checkbox', { name: /^Remove missing rows/ })).toBeChecked()

  await user.click(within(alert).getByRole('button', { name: 'Check the same file again' }))
  await waitFor(() => expect(uploads).toHaveLength(2))
  expect(uploads[1]).toEqual(uploads[0])
  expect(await screen.findByRole('heading', { level: 2, name: "3. The check's result" })).toBeInTheDocument()
})

// MSW's XMLHttpRequest in jsdom sends no upload events, so this sees the first stage; src/api/imports.test.ts drives
// the later ones with a scripted request.
test('the upload is announced while it runs, with a progress bar that goes when the result is in', async () => {
  acceptUploads(aPreview(), { wait: 300 })
  await checkAFile()
  expect(screen.getByText('Uploading: 0%')).toHaveAttribute('role', 'status')
  expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Check the file' })).toBeDisabled()
  await screen.findByRole('heading', { level: 2, name: "3. The check's result" })
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
})

test('a file that is not a workbook is refused with the server’s words, and the choice stays', async () => {
  server.use(
    http.post('*/imports', () =>
      HttpResponse.json(
        { error: { code: 'not_a_workbook', message: 'This file is not an Excel workbook.' } },
        { status: 422 },
      ),
    ),
  )
  await checkAFile()
  expect(await screen.findByRole('alert')).toHaveTextContent('This file is not an Excel workbook.')
  expect((screen.getByLabelText('Workbook (.xlsx)') as HTMLInputElement).files?.[0]?.name).toBe('plan.xlsx')
  expect(screen.getByRole('button', { name: 'Check the file' })).toBeEnabled()
})

test('only the secretariat sees the page and its link; a reporter is told so', async () => {
  mockSession.start('u-moe')
  renderRoute('/import')
  expect(await screen.findByText('Only the secretariat can import the plan.')).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Import plan' })).not.toBeInTheDocument()
})

test('the secretariat finds the templates in three languages and the current plan', async () => {
  mockSession.start('u-secretariat')
  renderRoute('/import')
  const downloads = await screen.findByRole('region', { name: '1. Download a workbook' })
  const links = within(downloads).getAllByRole('link')
  expect(links.map((link) => new URL(link.getAttribute('href')!).search)).toEqual([
    '?template=1&lang=kk',
    '?template=1&lang=ru',
    '?template=1&lang=en',
    '?lang=en',
  ])
  expect(
    within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Import plan' }),
  ).toHaveAttribute('href', '/import')
})
