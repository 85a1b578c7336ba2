import { HttpError } from './errors'
import { uploadWorkbook, type UploadStage } from './imports'

/** An XMLHttpRequest whose upload reports progress as a browser's does, then answers `status` with `body`. */
function scriptedRequest(status: number, body: unknown) {
  const sent: { url?: string; headers: Record<string, string>; body?: unknown } = { headers: {} }
  class ScriptedXhr extends EventTarget {
    upload = new EventTarget()
    status = 0
    responseText = ''
    open(_method: string, url: string) {
      sent.url = url
    }
    setRequestHeader(name: string, value: string) {
      sent.headers[name] = value
    }
    send(payload: ArrayBuffer) {
      sent.body = payload
      const progress = (loaded: number) =>
        this.upload.dispatchEvent(
          Object.assign(new Event('progress'), { lengthComputable: true, loaded, total: payload.byteLength }),
        )
      queueMicrotask(() => {
        progress(payload.byteLength / 2)
        progress(payload.byteLength)
        this.upload.dispatchEvent(new Event('load'))
        this.status = status
        this.responseText = JSON.stringify(body)
        this.dispatchEvent(new Event('load'))
      })
    }
  }
  vi.stubGlobal('XMLHttpRequest', ScriptedXhr)
  return sent
}

afterEach(() => vi.unstubAllGlobals())

const preview = {
  id: 'imp-1',
  state: 'preview',
  createdAt: '2026-06-01T10:00:00+05:00',
  counts: { added: 0, changed: 0, unchanged: 0, removed: 0, errors: 0 },
  sheets: [],
  errors: [],
}

test('an upload reports its progress, then the check, and answers the parsed preview', async () => {
  const sent = scriptedRequest(201, preview)
  const stages: UploadStage[] = []
  const result = await uploadWorkbook(new Blob([new Uint8Array(1000)]), 'ru', (stage) => stages.push(stage))
  expect(result.id).toBe('imp-1')
  expect(stages).toEqual([
    { stage: 'uploading', percent: 0 },
    { stage: 'uploading', percent: 50 },
    { stage: 'uploading', percent: 100 },
    { stage: 'checking' },
  ])
  expect(new URL(sent.url!).search).toBe('?lang=ru')
  expect(sent.headers['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  expect((sent.body as ArrayBuffer).byteLength).toBe(1000)
})

test('a refusal becomes an HttpError with the server’s code and message', async () => {
  scriptedRequest(413, { error: { code: 'too_large', message: 'Over 10 MiB' } })
  const upload = uploadWorkbook(new Blob(['x']), 'en', () => {})
  await expect(upload).rejects.toBeInstanceOf(HttpError)
  await expect(upload).rejects.toMatchObject({ status: 413, code: 'too_large', serverMessage: 'Over 10 MiB' })
})

test('an answer that breaks the contract is a ContractError naming the field', async () => {
  scriptedRequest(201, { ...preview, state: 'pending' })
  await expect(uploadWorkbook(new Blob(['x']), 'en', () => {})).rejects.toMatchObject({
    name: 'ContractError',
    field: 'state',
  })
})
