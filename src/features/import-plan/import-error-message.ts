import type { TFunction } from '../../i18n/translator'
import { ContractError, HttpError, NetworkError } from '../../api/errors'

/** What went wrong with an upload, an apply or a discard, in the user's words. */
export function importErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network')
  if (error instanceof ContractError) return t('errors.contract', { field: error.field })
  if (!(error instanceof HttpError)) return t('errors.unknown')
  if (error.status === 413) return t('importPlan.errors.tooLarge')
  if (error.status === 415) return t('importPlan.errors.notWorkbook')
  if (error.status === 401) return t('importPlan.errors.signedOut')
  if (error.status === 403) return t('importPlan.errors.notAllowed')
  if (error.status === 410) return t('importPlan.errors.expired')
  if (error.code === 'plan_changed') return t('importPlan.errors.planChanged')
  // The workbook's own problems (422) come worded in the interface language by the server.
  if (error.status === 422 && error.serverMessage) return error.serverMessage
  return error.serverMessage
    ? t('errors.httpWithMessage', { status: error.status, message: error.serverMessage })
    : t('errors.http', { status: error.status })
}

/** A 409 "plan changed since the preview": the same file, checked again, shows the changes anew. */
export const isPlanChanged = (error: unknown) => error instanceof HttpError && error.code === 'plan_changed'
