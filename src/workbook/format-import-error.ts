// The words for an issue in the interface language, from the `imports` namespace of the catalogs. The server calls
// these per request, so one stored preview reads in kk, ru or en.
import type { ImportError, ImportPreview, ImportState } from '../api/schemas-import'
import type { LanguageCode } from '../domain/language-param'
import type { CellIssue, WorkbookError } from './import-issues'
import type { ImportResult } from './import-result'
import { fixedListWords, fixedLists, type FixedListSource } from './resolvers'
import { importWords, interpolate } from './words'

const isCellIssue = (issue: CellIssue | WorkbookError): issue is CellIssue => 'sheet' in issue

/** The allowed words of the list an unknown value was checked against, in the reader's language. */
function allowed(list: string | number | undefined, language: LanguageCode): string {
  return typeof list === 'string' && list in fixedLists
    ? fixedListWords(list as FixedListSource, language).join(', ')
    : ''
}

export function formatImportError(issue: CellIssue | WorkbookError, language: LanguageCode): string {
  const words = importWords[language]
  const params = issue.params ?? {}
  if (!isCellIssue(issue)) return interpolate(words.workbookErrors[issue.code], params)
  return interpolate(words.errors[issue.code], { ...params, allowed: allowed(params.list, language) })
}

export function toImportError(issue: CellIssue, language: LanguageCode): ImportError {
  return {
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    ...(issue.key ? { key: issue.key } : {}),
    message: formatImportError(issue, language),
  }
}

/** The contract's ImportPreview for a stored result, its messages in the language of the request. */
export function toImportPreview(
  result: Pick<ImportResult, 'counts' | 'sheets' | 'issues'>,
  meta: { id: string; state: ImportState; createdAt: string; language: LanguageCode },
): ImportPreview {
  return {
    id: meta.id,
    state: meta.state,
    createdAt: meta.createdAt,
    counts: result.counts,
    sheets: result.sheets,
    errors: result.issues.map((issue) => toImportError(issue, meta.language)),
  }
}
