// Imports of the plan from a workbook (secretariat): upload → stored preview → apply or discard. Error messages
// about the workbook are in the interface language (`?lang=`, else Accept-Language); the others, like every API
// error, in English for whoever reads the logs.
import { Hono, type Context } from 'hono'
import { applyImportInputSchema } from '../../src/api/schemas-import'
import { formatImportError } from '../../src/workbook/format-import-error'
import { requireSecretariat } from '../auth/session'
import { OwnerInUseError } from '../db/plan-changes'
import type { AppEnv } from '../env'
import { ApiError } from '../http/api-error'
import { readJson } from '../http/json-body'
import { isWorkbook, workbookMediaType } from '../http/same-origin'
import { requestLanguage } from '../http/language'
import { readId } from '../http/reads'
import {
  applyImport,
  createImport,
  discardImport,
  findLiveImport,
  ImportStateError,
  NoPlanError,
  renderPreview,
  WorkbookRefusedError,
} from '../importing/imports'
import type { ImportRow } from '../db/imports'

const stateErrors: Record<ImportStateError['reason'], ApiError> = {
  not_found: new ApiError(404, 'not_found', 'No import with that id'),
  expired: new ApiError(410, 'expired', 'This preview has expired; upload the workbook again'),
  discarded: new ApiError(410, 'discarded', 'This preview was discarded; upload the workbook again'),
  applied: new ApiError(409, 'already_applied', 'This import has been applied already'),
  has_errors: new ApiError(422, 'has_errors', 'The preview has errors; correct the workbook and upload it again'),
  plan_changed: new ApiError(
    409,
    'plan_changed',
    'The plan changed after this preview was made; upload the workbook again to see the changes anew',
  ),
}

/** The route's own failures as API errors; anything else goes to the shared handler. */
function asApiError(c: Context<AppEnv>, error: unknown): unknown {
  if (error instanceof ImportStateError) return stateErrors[error.reason]
  if (error instanceof WorkbookRefusedError) {
    const status = error.refusal.code === 'too_large' ? 413 : 422
    return new ApiError(status, error.refusal.code, formatImportError(error.refusal, requestLanguage(c)))
  }
  if (error instanceof NoPlanError) return new ApiError(409, 'no_plan', error.message)
  if (error instanceof OwnerInUseError) return new ApiError(409, 'owner_in_use', error.message)
  return error
}

async function answering(c: Context<AppEnv>, status: 200 | 201, work: () => Promise<ImportRow>) {
  // The language first: a bad `lang` is 400 before anything is read or written.
  const language = requestLanguage(c)
  try {
    const row = await work()
    c.header('Cache-Control', 'no-store')
    if (status === 201) c.header('Location', `${c.req.path}/${row.id}`)
    return c.json(renderPreview(row, language), status)
  } catch (error) {
    throw asApiError(c, error)
  }
}

export const importRoutes = new Hono<AppEnv>()
  .post('/imports', async (c) => {
    const user = requireSecretariat(c)
    if (!isWorkbook(c.req.header('content-type')))
      throw new ApiError(415, 'unsupported_media_type', `Send the workbook as ${workbookMediaType}`)
    return answering(c, 201, async () => {
      const bytes = new Uint8Array(await c.req.arrayBuffer())
      return createImport(c.var.db, bytes, user, c.var.clock())
    })
  })
  .get('/imports/:id', async (c) => {
    requireSecretariat(c)
    const id = readId(c, 'import')
    return answering(c, 200, () => findLiveImport(c.var.db, id, c.var.clock()))
  })
  .post('/imports/:id/apply', async (c) => {
    const user = requireSecretariat(c)
    const id = readId(c, 'import')
    const { removeMissing } = await readJson(c, applyImportInputSchema)
    return answering(c, 200, () => applyImport(c.var.db, id, { removeMissing, user, now: c.var.clock() }))
  })
  .post('/imports/:id/discard', async (c) => {
    requireSecretariat(c)
    const id = readId(c, 'import')
    return answering(c, 200, () => discardImport(c.var.db, id, c.var.clock()))
  })
