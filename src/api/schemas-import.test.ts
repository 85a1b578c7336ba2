import { applyImportInputSchema, importPreviewSchema } from './schemas-import'

const preview = {
  id: 'imp-1',
  state: 'preview',
  createdAt: '2026-06-01T10:00:00+05:00',
  counts: { added: 1, changed: 1, unchanged: 40, removed: 0, errors: 1 },
  sheets: [
    {
      name: 'Activities',
      added: [{ code: '9.1', title_kk: 'Жаңа іс-шара', progress: 0, completed_date: null }],
      changed: [{ key: '2.4', row: 9, fields: [{ name: 'progress', from: 40, to: 55 }] }],
      unchanged: 40,
      removed: [],
    },
  ],
  errors: [{ sheet: 'Activities', row: 12, column: 'H', key: 'owner', message: 'Unknown organisation “MoX”' }],
}

test('a preview as the contract gives it parses', () => {
  expect(importPreviewSchema.parse(preview)).toEqual(preview)
})

test.each([
  ['an unknown state', { ...preview, state: 'pending' }],
  ['a negative count', { ...preview, counts: { ...preview.counts, added: -1 } }],
  ['a sheet that is not a plan sheet', { ...preview, sheets: [{ ...preview.sheets[0], name: 'Sheet1' }] }],
  ['a cell holding an object', { ...preview, sheets: [{ ...preview.sheets[0], added: [{ code: { x: 1 } }] }] }],
  ['an error without a row', { ...preview, errors: [{ sheet: 'Activities', column: 'H', message: 'x' }] }],
])('a preview with %s is refused', (_, body) => {
  expect(importPreviewSchema.safeParse(body).success).toBe(false)
})

test('apply says whether to remove the missing rows, and nothing else will do', () => {
  expect(applyImportInputSchema.parse({ removeMissing: true })).toEqual({ removeMissing: true })
  expect(applyImportInputSchema.safeParse({}).success).toBe(false)
  expect(applyImportInputSchema.safeParse({ removeMissing: 'yes' }).success).toBe(false)
})
