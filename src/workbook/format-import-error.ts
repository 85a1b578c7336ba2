// The words for an issue in the interface language, from the `imports` namespace of the catalogs.
import type { ImportError, ImportPreview, ImportState } from '../api/schemas-import'
import type { LanguageCode as Language } from '../domain/language-param'
import type { CellIssue, WorkbookError } from './import-issues'
import type { ImportResult } from './import-result'

export function formatImportError(_issue: CellIssue | WorkbookError, _language: Language): string {
  throw new Error('formatImportError: in progress on branch workbook')
}

export function toImportError(_issue: CellIssue, _language: Language): ImportError {
  throw new Error('toImportError: in progress on branch workbook')
}

/** The contract's ImportPreview for a stored result, its messages in the language of the request. */
export function toImportPreview(
  _result: Pick<ImportResult, 'counts' | 'sheets' | 'issues'>,
  _meta: { id: string; state: ImportState; createdAt: string; language: Language },
): ImportPreview {
  throw new Error('toImportPreview: in progress on branch workbook')
}
