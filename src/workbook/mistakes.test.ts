// @vitest-environment node
// The hand-made workbook (scripts/make-mistakes-workbook.ts): one mistake of each kind issue 14 names, plus untidy
// but valid edits, gives exactly those errors at those cells, in each language.
import { readFileSync } from 'node:fs'
import { toImportPreview } from './format-import-error'
import { previewImport } from './preview-import'
import { readPlanWorkbook } from './read-workbook'
import { samplePlanData } from './test/sample'

async function preview(language: 'kk' | 'ru' | 'en') {
  const read = await readPlanWorkbook(readFileSync(new URL('./fixtures/mistakes.xlsx', import.meta.url)))
  if (!read.ok) throw new Error(read.error.code)
  const result = previewImport(read.workbook, samplePlanData(), { removeMissing: false })
  return toImportPreview(result, { id: 'imp-1', state: 'preview', createdAt: '2026-06-01T10:00:00+05:00', language })
}

const cells = [
  { sheet: 'Activities', row: 4, column: 'J', key: 'owner' },
  { sheet: 'Activities', row: 5, column: 'O', key: 'due_date' },
  { sheet: 'Activities', row: 6, column: 'I', key: 'progress' },
  { sheet: 'Activities', row: 7, column: 'A', key: 'code' },
  { sheet: 'Activities', row: 8, column: 'M', key: 'indicators' },
  { sheet: 'Targets', row: 3, column: 'B', key: 'year' },
]

const messages = {
  en: [
    'There is no organisation “Ministry of Nowhere”: use an identifier or a name from the Organisations sheet.',
    'The due date (2027-03-07) is before the start date (2027-03-08).',
    'Progress must be from 0 to 100, not 140.',
    '“1.1” appears twice in this sheet: it is already in row 3.',
    'There is no indicator with the code “4.9.9 no such indicator” in the Indicators sheet.',
    'The year 2035 lies outside the plan period (2023–2029).',
  ],
  ru: [
    'Организации «Ministry of Nowhere» нет: укажите идентификатор или наименование с листа Organisations.',
    'Срок исполнения (2027-03-07) раньше даты начала (2027-03-08).',
    'Прогресс должен быть от 0 до 100, а не 140.',
    '«1.1» встречается на листе дважды: уже есть в строке 3.',
    'На листе Indicators нет индикатора с кодом «4.9.9 no such indicator».',
    'Год 2035 выходит за период плана (2023–2029).',
  ],
  kk: [
    '«Ministry of Nowhere» деген ұйым жоқ: Organisations парағындағы сәйкестендіргішті немесе атауды көрсетіңіз.',
    'Орындау мерзімі (2027-03-07) басталу күнінен (2027-03-08) ерте.',
    'Орындалу барысы 140 емес, 0-ден 100-ге дейін болуы керек.',
    '«1.1» парақта екі рет кездеседі: ол 3-жолда бар.',
    'Indicators парағында «4.9.9 no such indicator» кодты индикатор жоқ.',
    '2035 жыл жоспар кезеңінен (2023–2029) тыс.',
  ],
}

test.each(['kk', 'ru', 'en'] as const)(
  'the mistakes workbook gives exactly its six errors, in %s',
  async (language) => {
    const { errors, counts } = await preview(language)
    expect(errors).toEqual(cells.map((cell, i) => ({ ...cell, message: messages[language][i] })))
    expect(counts.errors).toBe(6)
  },
)

test('untidy but valid cells are read as the plan holds them, and the rows with errors change nothing', async () => {
  const { sheets, counts } = await preview('en')
  // Row 3 has spaces round its code, a Russian status, an owner by short name, a DD.MM.YYYY date and 4.7 typed as
  // a number: all as the plan has them. Row 7's own activity is now missing, and so is the target moved to 2035.
  const plan = samplePlanData()
  const [firstIndicator] = plan.indicators
  expect(counts).toMatchObject({ added: 0, changed: 0, errors: 6 })
  expect(
    sheets.flatMap((sheet) => sheet.removed.map((row) => [sheet.name, row.code ?? row.indicator, row.year])),
  ).toEqual([
    ['Activities', plan.tasks[4]?.code, undefined],
    ['Targets', firstIndicator?.code, firstIndicator?.targets[0]?.year],
  ])
})
