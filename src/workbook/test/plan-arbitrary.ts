// Generated plans for the round-trip property (fast-check): Kazakh and Russian text with every letter Kazakh adds
// to Cyrillic, text that starts like a formula, empty optional fields, lists of every length.
import fc from 'fast-check'
import {
  indicatorUnits,
  ownerTypes,
  taskStatuses,
  type Indicator,
  type LocalizedText,
  type Owner,
  type Plan,
  type Task,
} from '../../api/schemas'
import { sdgTargets } from '../../domain/sdg-targets'
import type { PlanData } from '../plan-data'

const letters = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі' + 'АаБбЁёЖжЩщЪъЫыЭэЮюЯя' + 'abcXYZ'
// No carriage return: XML turns CR LF into LF, as Excel does when it saves.
const characters = [...letters, ...'0123456789 .,;:()«»"\'–№%=+-@\n\t']
const text = fc.string({ unit: fc.constantFrom(...characters), minLength: 1, maxLength: 24 })
const optionalText = fc.option(text, { nil: undefined })

const localized: fc.Arbitrary<LocalizedText> = fc
  .record({ kk: optionalText, ru: optionalText, en: optionalText }, { requiredKeys: [] })
  .filter((t) => [t.kk, t.ru, t.en].some((value) => value !== undefined && value.trim() !== ''))
const optionalLocalized = fc.option(localized, { nil: undefined })

const dayMs = 86_400_000
const isoDay = (days: number) => new Date(Date.UTC(2020, 0, 1) + days * dayMs).toISOString().slice(0, 10)
const yearValues = (minYear: number, maxYear: number) =>
  fc.uniqueArray(fc.integer({ min: minYear, max: maxYear }), { maxLength: 4 }).chain((years) =>
    fc.tuple(
      ...years
        .sort((a, b) => a - b)
        .map((year) =>
          fc.record({
            year: fc.constant(year),
            value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
          }),
        ),
    ),
  )

export const plan: Plan = {
  id: 'generated',
  title: { en: 'Generated plan' },
  committee: { en: 'Committee' },
  period: { start: '2023-01-01', end: '2029-12-31' },
  updatedAt: '2026-06-01T10:00:00+05:00',
}

const omitUndefined = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T

const ownerArbitrary = (id: string): fc.Arbitrary<Owner> =>
  fc
    .record({ name: localized, shortName: optionalLocalized, type: fc.constantFrom(...ownerTypes) })
    .map((o) => omitUndefined({ id, ...o }))

const indicatorArbitrary = (id: string, code: string, ownerIds: string[]): fc.Arbitrary<Indicator> =>
  fc
    .record({
      name: localized,
      sdgTarget: fc.constantFrom(...sdgTargets),
      unit: fc.constantFrom(...indicatorUnits.filter((unit) => unit !== 'level')),
      direction: fc.constantFrom('increase', 'decrease' as const),
      baseline: fc.record({
        year: fc.integer({ min: 2000, max: 2030 }),
        value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      }),
      targets: yearValues(2023, 2029),
      actuals: yearValues(2000, 2035),
      source: optionalLocalized,
      ownerId: fc.option(fc.constantFrom(...ownerIds), { nil: undefined }),
    })
    .map((i) => omitUndefined({ id, code, ...i, updatedAt: plan.updatedAt }))

export const taskArbitrary = (
  id: string,
  code: string,
  ownerIds: string[],
  indicatorIds: string[],
): fc.Arbitrary<Task> =>
  fc
    .record({
      title: localized,
      description: optionalLocalized,
      status: fc.constantFrom(...taskStatuses),
      progress: fc.integer({ min: 0, max: 100 }),
      ownerId: fc.constantFrom(...ownerIds),
      partnerIds: fc.uniqueArray(fc.constantFrom(...ownerIds), { maxLength: 3 }),
      sdgTargets: fc.uniqueArray(fc.constantFrom(...sdgTargets), { maxLength: 3 }),
      indicatorIds:
        indicatorIds.length > 0
          ? fc.uniqueArray(fc.constantFrom(...indicatorIds), { maxLength: 3 })
          : fc.constant<string[]>([]),
      start: fc.integer({ min: 0, max: 4000 }),
      length: fc.integer({ min: 0, max: 2000 }),
      completed: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null }),
    })
    .map(({ start, length, completed, ...task }) =>
      omitUndefined({
        id,
        code,
        ...task,
        startDate: isoDay(start),
        dueDate: isoDay(start + length),
        completedDate: completed === null ? null : isoDay(completed),
        updatedAt: plan.updatedAt,
      }),
    )

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`)

/** A plan of up to `maxTasks` activities; codes are unique, as the workbook requires. */
export function planArbitrary(maxTasks: number): fc.Arbitrary<PlanData> {
  return fc
    .record({
      ownerCount: fc.integer({ min: 1, max: 5 }),
      indicatorCodes: fc.uniqueArray(fc.stringMatching(/^4\.[1-7]\.[1-9]( [a-zәқңөұүі]{1,5})?$/), {
        maxLength: 4,
        selector: (code) => code.toLowerCase(),
      }),
      taskCodes: fc.uniqueArray(fc.stringMatching(/^[1-9]\.[0-9]{1,3}$/), { maxLength: maxTasks }),
    })
    .chain(({ ownerCount, indicatorCodes, taskCodes }) => {
      const ownerIds = ids('org-', ownerCount)
      const indicatorIds = ids('ind-', indicatorCodes.length)
      return fc.record({
        plan: fc.constant(plan),
        owners: fc.tuple(...ownerIds.map(ownerArbitrary)),
        indicators: fc.tuple(
          ...indicatorCodes.map((code, i) => indicatorArbitrary(indicatorIds[i] as string, code, ownerIds)),
        ),
        tasks: fc.tuple(...taskCodes.map((code, i) => taskArbitrary(`t-${i + 1}`, code, ownerIds, indicatorIds))),
      })
    })
}

/** A plan with exactly `count` activities (codes A.1 … in order), generated from `seed`: for the large runs. */
export function largePlan(count: number, seed: number): PlanData {
  const [base] = fc.sample(planArbitrary(0), { numRuns: 1, seed })
  if (!base) throw new Error('no plan generated')
  const ownerIds = base.owners.map((owner) => owner.id)
  const indicatorIds = base.indicators.map((indicator) => indicator.id)
  const tasks = Array.from({ length: count }, (_, i) => `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`)
  const generated = tasks.map(
    (code, i) =>
      fc.sample(taskArbitrary(`t-${i + 1}`, code, ownerIds, indicatorIds), { numRuns: 1, seed: seed + i })[0] as Task,
  )
  return { ...base, tasks: generated }
}
