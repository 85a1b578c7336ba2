// @vitest-environment node
import { activitiesSheet, indicatorsSheet, type ColumnDef } from './columns'
import { excelSerialToIsoDate, normaliseCell, parseDate, parseNumber } from './normalise'
import { resolvers } from './resolvers'
import { samplePlanData } from './test/sample'

const lists = resolvers(new Map(), samplePlanData())
const column = (key: string): ColumnDef => {
  const found = [...activitiesSheet.columns, ...indicatorsSheet.columns].find((c) => c.key === key)
  if (!found) throw new Error(key)
  return found
}
const read = (key: string, raw: string | number | boolean | null) => normaliseCell(raw, column(key), lists)

test.each([
  ['  Жаңа іс-шара  ', 'Жаңа іс-шара'],
  ['=1+1', '=1+1'],
  [4.7, '4.7'],
  ['   ', null],
  [null, null],
])('text %j reads as %j', (raw, value) => {
  expect(read('title_kk', raw)).toEqual({ ok: true, value })
})

test.each([
  [45, 45],
  [' 45 ', 45],
  ['45%', 45],
  ['51,5', 51.5],
  ['1 234,5', 1234.5],
  ['1\u00a0234', 1234],
  ['abc', undefined],
  ['4.7.1', undefined],
  ['', undefined],
])('the number %j reads as %j', (raw, value) => {
  expect(parseNumber(raw)).toBe(value)
})

test.each([
  ['2026-06-30', '2026-06-30'],
  [' 30.06.2026 ', '2026-06-30'],
  ['1.7.2026', '2026-07-01'],
  ['2026-02-30', undefined],
  ['31.04.2026', undefined],
  ['06/30/2026', undefined],
  ['30 June 2026', undefined],
  [46203, '2026-06-30'],
  [46203.5, undefined],
])('the date %j reads as %j', (raw, value) => {
  expect(parseDate(raw)).toBe(value)
})

test('Excel day numbers count from 1900 with its phantom 29 February', () => {
  expect(excelSerialToIsoDate(61)).toBe('1900-03-01')
  expect(excelSerialToIsoDate(45658)).toBe('2025-01-01')
})

test.each([
  ['in_progress', 'in_progress'],
  ['In progress', 'in_progress'],
  ['  IN   PROGRESS ', 'in_progress'],
  ['В работе', 'in_progress'],
  ['в работе', 'in_progress'],
  ['Орындалуда', 'in_progress'],
  ['ОРЫНДАЛУДА', 'in_progress'],
  ['Жоспардан алынды', 'cancelled'],
  ['Отменено', 'cancelled'],
])('the status word %j reads as %j', (raw, value) => {
  expect(read('status', raw)).toEqual({ ok: true, value })
})

test.each([
  ['moe', 'moe'],
  ['MoE', 'moe'],
  ['МП РК', 'moe'],
  ['ҚР ОАМ', 'moe'],
  ['Министерство просвещения Республики Казахстан', 'moe'],
  [' Ministry of Education of the Republic of Kazakhstan ', 'moe'],
])('the owner %j reads as %j', (raw, value) => {
  expect(read('owner', raw)).toEqual({ ok: true, value })
})

test.each([
  ['progress', 140, 'progress_out_of_range', { value: 140 }],
  ['progress', -1, 'progress_out_of_range', { value: -1 }],
  ['progress', 45.5, 'not_a_whole_number', { value: 45.5 }],
  ['progress', 'half', 'not_a_number', { value: 'half' }],
  ['start_date', '2026-13-01', 'not_a_date', { value: '2026-13-01' }],
  ['status', 'Paused', 'unknown_status', { value: 'Paused', list: 'statuses' }],
  ['owner', 'Ministry of Nowhere', 'unknown_owner', { value: 'Ministry of Nowhere', list: 'owners' }],
  ['partners', 'moe; nobody', 'unknown_owner', { value: 'nobody', list: 'owners' }],
  ['sdg_targets', '4.1; 4.9', 'unknown_value', { value: '4.9', list: 'sdgTargets' }],
  ['indicators', 'no such code', 'unknown_indicator', { value: 'no such code', list: 'indicators' }],
  ['unit', 'kilograms', 'unknown_value', { value: 'kilograms', list: 'units' }],
])('%s %j is an error: %s', (key, raw, code, params) => {
  expect(read(key, raw)).toEqual({ ok: false, code, params })
})

test.each([
  ['sdg_targets', 4.7, '4.7'],
  ['sdg_targets', '4.1, 4.7;4.A', '4.1; 4.7; 4.a'],
  ['partners', 'MoE;  moe ; МП РК', 'moe'],
  ['partners', '', null],
])('the list %s %j reads as %j', (key, raw, value) => {
  expect(read(key, raw)).toEqual({ ok: true, value })
})
