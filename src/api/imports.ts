import { queryOptions } from '@tanstack/react-query'
import { failUnlessOk, getJson, parseBody, resolve, sendJson } from './client'
import { NetworkError } from './errors'
import { importPreviewSchema, type ImportPreview } from './schemas-import'

export const workbookMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Where an upload is: the bytes going out (0–100), then the server reading and comparing the workbook. */
export type UploadStage = { stage: 'uploading'; percent: number } | { stage: 'checking' }

const withLanguage = (path: string, language: string) => `${path}?lang=${encodeURIComponent(language)}`
const importPath = (id: string) => `/imports/${encodeURIComponent(id)}`

// The preview's messages are in the interface language, so the language is part of the key: switching it refetches.
export const importQueries = {
  all: () => ['imports'] as const,
  detail: (id: string, language: string) =>
    queryOptions({
      queryKey: [...importQueries.all(), id, language],
      queryFn: ({ signal }) =>
        getJson(withLanguage(importPath(id), language), (contract) => contract.importPreviewSchema, { signal }),
    }),
}

/**
 * POST /imports with the workbook's bytes as the body. XMLHttpRequest rather than fetch: only it reports how much of
 * the body has gone, which a large file on a slow line needs. Fails with the same errors as the rest of the client.
 */
export async function uploadWorkbook(
  file: Blob,
  language: string,
  onStage: (stage: UploadStage) => void,
): Promise<ImportPreview> {
  const url = resolve(withLanguage('/imports', language))
  // The bytes themselves (at most 10 MiB): every runtime sends an ArrayBuffer as is, where some stringify a Blob.
  const body = await file.arrayBuffer()
  return new Promise((resolvePreview, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('Content-Type', workbookMediaType)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onStage({ stage: 'uploading', percent: (event.loaded / event.total) * 100 })
    })
    xhr.upload.addEventListener('load', () => onStage({ stage: 'checking' }))
    xhr.addEventListener('error', () => reject(new NetworkError(url)))
    xhr.addEventListener('load', () => {
      // The answer as a Response, so that errors and the contract are read exactly as for fetch.
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status })
      failUnlessOk(url, response)
        .then(() => parseBody(url, response, importPreviewSchema))
        .then(resolvePreview, reject)
    })
    onStage({ stage: 'uploading', percent: 0 })
    xhr.send(body)
  })
}

export function applyImport(id: string, removeMissing: boolean, language: string): Promise<ImportPreview> {
  return sendJson(
    'POST',
    withLanguage(`${importPath(id)}/apply`, language),
    { removeMissing },
    (contract) => contract.importPreviewSchema,
  )
}

export function discardImport(id: string, language: string): Promise<ImportPreview> {
  return sendJson(
    'POST',
    withLanguage(`${importPath(id)}/discard`, language),
    undefined,
    (contract) => contract.importPreviewSchema,
  )
}

/** The workbook downloads: the empty template (`template`) or the current plan, labelled in `language`. */
export function planWorkbookUrl(language: string, { template }: { template: boolean }): string {
  return resolve(`/plan.xlsx?${template ? 'template=1&' : ''}lang=${encodeURIComponent(language)}`)
}
