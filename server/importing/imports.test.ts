// The plan as a spreadsheet through the HTTP API (issue 14), with real .xlsx files: the download and its template,
// who may upload, the limits, hostile files (a clear 4xx, never a 500, never a formula evaluated), and upload →
// preview → apply.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { apiErrorBodySchema, taskListSchema } from '../../src/api/schemas'
import { importPreviewSchema, sheetNames } from '../../src/api/schemas-import'
import { readPlanWorkbook } from '../../src/workbook/read-workbook'
import { maxWorkbookBytes } from '../app'
import { workbookMediaType } from '../http/same-origin'
import { testApp, type TestApp } from '../test/accounts'
import { engines } from '../test/databases'
import { editWorkbook } from '../test/workbook-files'

describe.each(engines)('the plan as a workbook on %s', (_name, open) => {
  let api: TestApp
  beforeAll(async () => {
    api = await testApp(open)
  })
  afterAll(() => api.close())

  const download = async (query = '') => {
    const response = await api.request(`/plan.xlsx${query}`)
    expect(response.status, query).toBe(200)
    return new Uint8Array(await response.arrayBuffer())
  }
  const upload = (body: BodyInit, query = '', as: 'secretariat' | 'viewer' | 'reporter' | null = 'secretariat') =>
    api.request(`/imports${query}`, {
      method: 'POST',
      headers: { 'content-type': workbookMediaType },
      body,
      ...(as === null ? {} : { as }),
    })
  const refusal = async (response: Response) => ({
    status: response.status,
    ...apiErrorBodySchema.parse(await response.json()).error,
  })

  test('GET /plan.xlsx is an attachment that reads back with every plan sheet; the template too', async () => {
    const response = await api.request('/plan.xlsx?lang=ru')
    expect(response.headers.get('content-type')).toBe(workbookMediaType)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="sdg4-plan-[\d-]+-ru\.xlsx"$/)
    const read = await readPlanWorkbook(new Uint8Array(await response.arrayBuffer()))
    if (!read.ok) throw new Error(read.error.code)
    expect(read.workbook.sheets.map((s) => s.name)).toEqual([...sheetNames])
    const tasks = taskListSchema.parse(await (await api.request('/tasks')).json()).items
    expect(read.workbook.sheets[0]?.rows).toHaveLength(tasks.length)

    const template = await api.request('/plan.xlsx?template=1&lang=en')
    expect(template.headers.get('content-disposition')).toBe('attachment; filename="sdg4-plan-template-en.xlsx"')
    const bytes = new Uint8Array(await template.arrayBuffer())
    const readTemplate = await readPlanWorkbook(bytes)
    if (!readTemplate.ok) throw new Error(readTemplate.error.code)
    // One example row per plan sheet, and a sheet that explains the columns.
    expect(readTemplate.workbook.sheets.map((s) => [s.name, s.rows.length])).toEqual(sheetNames.map((n) => [n, 1]))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer)
    expect(workbook.worksheets.length).toBeGreaterThan(sheetNames.length)
  })

  test('an export imported without edits changes nothing', async () => {
    const response = await upload(await download())
    expect(response.status).toBe(201)
    expect(response.headers.get('location')).toMatch(/^\/api\/v1\/imports\/[\w-]+$/)
    const preview = importPreviewSchema.parse(await response.json())
    expect(preview).toMatchObject({ state: 'preview', errors: [] })
    expect(preview.counts).toMatchObject({ added: 0, changed: 0, removed: 0, errors: 0 })
    expect(preview.counts.unchanged).toBeGreaterThan(60)
  })

  test('only the secretariat uploads: 401 without a session, 403 for a viewer and a reporter', async () => {
    const bytes = await download()
    expect((await upload(bytes, '', null)).status).toBe(401)
    expect((await upload(bytes, '', 'viewer')).status).toBe(403)
    expect((await upload(bytes, '', 'reporter')).status).toBe(403)
  })

  test('415 for a body not sent as a workbook; 413 over 10 MiB', async () => {
    for (const type of ['application/json', 'text/csv', 'multipart/form-data; boundary=x', 'text/plain']) {
      const response = await api.request('/imports', {
        method: 'POST',
        as: 'secretariat',
        headers: { 'content-type': type },
        body: 'code,title\n',
      })
      expect(await refusal(response), type).toMatchObject({ status: 415, code: 'unsupported_media_type' })
    }
    const tooLarge = await upload(new Uint8Array(maxWorkbookBytes + 1))
    expect(await refusal(tooLarge)).toMatchObject({ status: 413, code: 'too_large' })
  })

  test.each([
    ['a renamed CSV', () => new TextEncoder().encode('code,title_en,progress\n1.1.1,Teachers,40\n'), 'not_a_workbook'],
    ['random bytes', () => crypto.getRandomValues(new Uint8Array(4096)), 'not_a_workbook'],
    ['an empty body', () => new Uint8Array(0), 'not_a_workbook'],
    [
      'a zip that is not a workbook',
      async () => await new JSZip().file('a.txt', 'hello').generateAsync({ type: 'uint8array' }),
      'not_a_workbook',
    ],
    [
      'a zip bomb',
      async () =>
        new JSZip()
          .file('[Content_Types].xml', '<Types/>')
          .file('xl/worksheets/sheet1.xml', '0'.repeat(40 * 1024 * 1024))
          .generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }),
      'zip_bomb',
    ],
  ])('%s is 422 with a clear message in the interface language, never a 500', async (_what, make, code) => {
    const bytes = await make()
    const [kk, ru, en] = await Promise.all(
      ['kk', 'ru', 'en'].map(async (lang) => refusal(await upload(bytes, `?lang=${lang}`))),
    )
    expect(en).toMatchObject({ status: 422, code })
    expect(new Set([kk?.message, ru?.message, en?.message]).size).toBe(3)
  })

  test('a macro-enabled workbook is refused', async () => {
    const zip = await JSZip.loadAsync(await download())
    zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? ''
    zip.file('[Content_Types].xml', types.replace('spreadsheetml.sheet.main+xml', 'sheet.macroEnabled.main+xml'))
    const response = await upload(await zip.generateAsync({ type: 'uint8array' }))
    expect(await refusal(response)).toMatchObject({ status: 422, code: 'macro_enabled' })
  })

  test('a formula is never evaluated: without a saved value it is an error naming sheet, row and column', async () => {
    const bytes = await editWorkbook(await download(), (workbook) => {
      const sheet = workbook.getWorksheet('Activities')
      const progress = sheet?.getRow(1).values
      const column = Array.isArray(progress) ? progress.indexOf('progress') : -1
      sheet!.getRow(3).getCell(column).value = { formula: 'WEBSERVICE("http://127.0.0.1:1/")' } as ExcelJS.CellValue
    })
    const response = await upload(bytes, '?lang=en')
    expect(response.status).toBe(201)
    const preview = importPreviewSchema.parse(await response.json())
    expect(preview.errors).toContainEqual(
      expect.objectContaining({
        sheet: 'Activities',
        row: 3,
        key: 'progress',
        message: expect.stringMatching(/formula/),
      }),
    )
    expect(preview.errors.every((e) => e.sheet === 'Activities' && e.row === 3 && e.key === 'progress')).toBe(true)
    const apply = await api.json(`/imports/${preview.id}/apply`, { removeMissing: false }, { as: 'secretariat' })
    expect(await refusal(apply)).toMatchObject({ status: 422, code: 'has_errors' })
  })

  test('a stored preview reads in the language asked for', async () => {
    const bytes = await editWorkbook(await download(), (workbook) => {
      const sheet = workbook.getWorksheet('Activities')
      const keys = sheet?.getRow(1).values
      sheet!.getRow(3).getCell(Array.isArray(keys) ? keys.indexOf('progress') : -1).value = 250
    })
    const { id } = importPreviewSchema.parse(await (await upload(bytes)).json())
    const messages = await Promise.all(
      ['kk', 'ru', 'en'].map(async (lang) => {
        const response = await api.request(`/imports/${id}?lang=${lang}`, { as: 'secretariat' })
        return importPreviewSchema.parse(await response.json()).errors.map((e) => e.message)
      }),
    )
    expect(messages.map((m) => m.length)).toEqual([1, 1, 1])
    expect(new Set(messages.flat()).size).toBe(3)
  })
})
