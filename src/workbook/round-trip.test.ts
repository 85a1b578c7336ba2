// @vitest-environment node
import { previewImport } from './preview-import'
import { readPlanWorkbook } from './read-workbook'
import { samplePlanData } from './test/sample'
import { writePlanWorkbook } from './write-workbook'

test.each(['kk', 'ru', 'en'] as const)('the sample plan exported in %s imports with no changes', async (language) => {
  const data = samplePlanData()
  const read = await readPlanWorkbook(await writePlanWorkbook(data, { language, template: false }))
  if (!read.ok) throw new Error(read.error.code)
  const result = previewImport(read.workbook, data, { removeMissing: true })
  expect(result.issues).toEqual([])
  expect(result.counts).toMatchObject({ added: 0, changed: 0, removed: 0, errors: 0 })
  expect(result.counts.unchanged).toBeGreaterThan(data.tasks.length)
  expect(result.changes).toEqual({
    owners: { inserts: [], updates: [], deletes: [] },
    indicators: { inserts: [], updates: [], deletes: [] },
    tasks: { inserts: [], updates: [], deletes: [] },
  })
})
