// The plan as a spreadsheet (issue 14) over the in-memory db, with the server's rules: GET /plan.xlsx, and the
// secretariat's upload → preview → apply or discard. The workbook functions (exceljs) load on first use, so the
// mock's start-up stays small.
import { http, HttpResponse } from 'msw'
import { applyImportInputSchema } from '../../src/api/schemas-import'
import { currentPlanData, planFingerprint, writePlanChanges } from '../data/plan-changes'
import { db, type MockImport } from '../data/db'
import { apiPath } from './api-path'
import { audit, currentUser, forbidden, nowIso, parseBody, unauthenticated } from './auth'

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const maxBytes = 10 * 1024 * 1024
const lifetimeMs = 24 * 60 * 60 * 1000
const languages = ['kk', 'ru', 'en'] as const
type Language = (typeof languages)[number]

const refusal = (status: number, code: string, message: string) =>
  HttpResponse.json({ error: { code, message } }, { status })

/** `?lang=`, else the first of kk, ru, en in Accept-Language, else kk (as the server decides). */
function languageOf(request: Request): Language {
  const asked = new URL(request.url).searchParams.get('lang')
  const preferred = (request.headers.get('accept-language') ?? '').split(',').map((p) => p.trim().slice(0, 2))
  const found = [asked, ...preferred].find((tag): tag is Language => languages.includes(tag as Language))
  return found ?? 'kk'
}

function secretariatOnly(): Response | undefined {
  const user = currentUser()
  if (!user) return unauthenticated()
  if (user.role !== 'secretariat') return forbidden()
  return undefined
}

async function answer(request: Request, record: MockImport, status = 200) {
  const { toImportPreview } = await import('../../src/workbook/format-import-error')
  const meta = { id: record.id, state: record.state, createdAt: record.createdAt, language: languageOf(request) }
  return HttpResponse.json(toImportPreview(record.result, meta), { status })
}

/** The import of this id within its lifetime: else the refusal to answer with (404, 410 expired). */
function liveImport(id: string): MockImport | Response {
  const record = db.imports.find((i) => i.id === id)
  if (!record) return refusal(404, 'not_found', `No import with id "${id}"`)
  if (Date.now() - Date.parse(record.createdAt) >= lifetimeMs)
    return refusal(410, 'expired', 'This preview has expired; upload the workbook again')
  return record
}

const alreadyApplied = () => refusal(409, 'already_applied', 'This import has been applied already')
const wasDiscarded = () => refusal(410, 'discarded', 'This preview was discarded; upload the workbook again')

export const importHandlers = [
  http.get(`${apiPath}/plan.xlsx`, async ({ request }) => {
    const { writePlanWorkbook } = await import('../../src/workbook/write-workbook')
    const language = languageOf(request)
    const template = new URL(request.url).searchParams.get('template') === '1'
    const bytes = await writePlanWorkbook(currentPlanData(), { language, template })
    const name = template
      ? `sdg4-plan-template-${language}.xlsx`
      : `sdg4-plan-${nowIso().slice(0, 10)}-${language}.xlsx`
    return new HttpResponse(bytes, {
      headers: { 'content-type': xlsx, 'content-disposition': `attachment; filename="${name}"` },
    })
  }),

  http.post(`${apiPath}/imports`, async ({ request }) => {
    const refused = secretariatOnly()
    if (refused) return refused
    if (request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() !== xlsx)
      return refusal(415, 'unsupported_media_type', `Send the workbook as ${xlsx}`)
    const bytes = new Uint8Array(await request.arrayBuffer())
    if (bytes.byteLength > maxBytes) return refusal(413, 'too_large', `Workbooks are limited to ${maxBytes} bytes`)
    const [{ readPlanWorkbook }, { previewImport }, { formatImportError }] = await Promise.all([
      import('../../src/workbook/read-workbook'),
      import('../../src/workbook/preview-import'),
      import('../../src/workbook/format-import-error'),
    ])
    const read = await readPlanWorkbook(bytes).catch(() => ({ ok: false, error: { code: 'not_a_workbook' } }) as const)
    if (!read.ok) return refusal(422, read.error.code, formatImportError(read.error, languageOf(request)))
    const { changes: _changes, ...result } = previewImport(read.workbook, currentPlanData(), { removeMissing: false })
    const record: MockImport = {
      id: `imp-${db.imports.length + 1}`,
      state: 'preview',
      createdAt: nowIso(),
      result,
      workbook: read.workbook,
      basis: planFingerprint(),
    }
    db.imports.unshift(record)
    return answer(request, record, 201)
  }),

  http.get<{ id: string }>(`${apiPath}/imports/:id`, async ({ params, request }) => {
    const refused = secretariatOnly()
    if (refused) return refused
    const record = liveImport(params.id)
    return record instanceof Response ? record : answer(request, record)
  }),

  http.post<{ id: string }>(`${apiPath}/imports/:id/apply`, async ({ params, request }) => {
    const refused = secretariatOnly()
    if (refused) return refused
    const body = await parseBody(request, applyImportInputSchema)
    if ('response' in body) return body.response
    const record = liveImport(params.id)
    if (record instanceof Response) return record
    if (record.state === 'applied') return alreadyApplied()
    if (record.state === 'discarded') return wasDiscarded()
    if (record.result.issues.length > 0)
      return refusal(422, 'has_errors', 'The preview has errors; correct the workbook and upload it again')
    if (planFingerprint() !== record.basis)
      return refusal(409, 'plan_changed', 'The plan changed after this preview was made; upload the workbook again')
    const { removeMissing } = body.data
    const { previewImport } = await import('../../src/workbook/preview-import')
    const { changes, counts } = previewImport(record.workbook, currentPlanData(), { removeMissing })
    if (removeMissing) {
      const withAccounts = changes.owners.deletes.filter((id) => db.users.some((u) => u.ownerId === id))
      if (withAccounts.length > 0)
        return refusal(409, 'owner_in_use', `Organisations still have sign-in accounts: ${withAccounts.join(', ')}`)
    }
    writePlanChanges(changes, nowIso())
    record.state = 'applied'
    const after = { ...counts, removed: removeMissing ? counts.removed : 0, removeMissing }
    const { errors: _errors, ...auditCounts } = after
    audit(currentUser(), 'plan.import', `import:${record.id}`, undefined, auditCounts)
    return answer(request, record)
  }),

  http.post<{ id: string }>(`${apiPath}/imports/:id/discard`, async ({ params, request }) => {
    const refused = secretariatOnly()
    if (refused) return refused
    const record = liveImport(params.id)
    if (record instanceof Response) return record
    if (record.state === 'applied') return alreadyApplied()
    record.state = 'discarded'
    return answer(request, record)
  }),
]
