// @vitest-environment node
// Export → import without edits → "no changes" (issue 14), over generated plans in every language.
import fc from 'fast-check'
import { previewImport } from './preview-import'
import type { PlanData } from './plan-data'
import { readPlanWorkbook } from './read-workbook'
import { largePlan, planArbitrary } from './test/plan-arbitrary'
import { writePlanWorkbook } from './write-workbook'

const noChanges = { inserts: [], updates: [], deletes: [] }

async function roundTrip(data: PlanData, language: 'kk' | 'ru' | 'en') {
  const read = await readPlanWorkbook(await writePlanWorkbook(data, { language, template: false }))
  if (!read.ok) throw new Error(`refused: ${read.error.code}`)
  return previewImport(read.workbook, data, { removeMissing: true })
}

test('a generated plan, exported and imported unedited, shows no changes', async () => {
  await fc.assert(
    fc.asyncProperty(planArbitrary(25), fc.constantFrom('kk', 'ru', 'en' as const), async (data, language) => {
      const result = await roundTrip(data, language)
      expect(result.issues).toEqual([])
      expect(result.counts).toMatchObject({ added: 0, changed: 0, removed: 0, errors: 0 })
      expect(result.changes).toEqual({ owners: noChanges, indicators: noChanges, tasks: noChanges })
    }),
    { numRuns: 25 },
  )
}, 60_000)

test('10,000 generated activities round-trip with no changes', async () => {
  const data = largePlan(10_000, 7)
  const result = await roundTrip(data, 'kk')
  expect(result.counts).toMatchObject({ added: 0, changed: 0, removed: 0, errors: 0 })
  expect(result.counts.unchanged).toBeGreaterThanOrEqual(10_000)
}, 120_000)
