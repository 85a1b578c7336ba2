import type { Indicator, Owner, Task } from '../api/schemas'
import { isOverdue } from './overdue'
import { countByStatus, type StatusCounts } from './plan-figures'
import { assessProgress, isOffTrack } from './progress-status'
import { singleValue, type IgnoredValue } from './url-params'

export interface OwnerScore {
  ownerId: string
  total: number
  byStatus: StatusCounts
  overdue: number
  /** Completed among the activities that were not cancelled, 0–100; null when there are none. */
  completedPercent: number | null
  indicators: number
  indicatorsOffTrack: number
}

/** Accountability per organisation, over the activities it owns (as responsible, not as partner). */
export function ownerScorecard(
  owners: readonly Owner[],
  tasks: readonly Task[],
  indicators: readonly Indicator[],
  today: string,
): OwnerScore[] {
  const ids = new Set([...owners.map((o) => o.id), ...tasks.map((t) => t.ownerId)])
  return [...ids].map((ownerId) => {
    const own = tasks.filter((task) => task.ownerId === ownerId)
    const byStatus = countByStatus(own)
    const countable = own.length - byStatus.cancelled
    const ownIndicators = indicators.filter((indicator) => indicator.ownerId === ownerId)
    return {
      ownerId,
      total: own.length,
      byStatus,
      overdue: own.filter((task) => isOverdue(task, today)).length,
      completedPercent: countable > 0 ? (byStatus.completed / countable) * 100 : null,
      indicators: ownIndicators.length,
      indicatorsOffTrack: ownIndicators.filter((indicator) => isOffTrack(assessProgress(indicator).status)).length,
    }
  })
}

export const scoreSortKeys = ['name', 'total', 'delayed', 'overdue', 'completedPercent', 'indicatorsOffTrack'] as const
export type ScoreSortKey = (typeof scoreSortKeys)[number]

export interface ScoreSort {
  key: ScoreSortKey
  descending: boolean
}

const isScoreSort = (value: string): value is string =>
  (scoreSortKeys as readonly string[]).includes(value.replace(/^-/, ''))

/** `sort=-overdue` (the default: most overdue first), `sort=name`…; a value it cannot use is reported, not dropped. */
export function parseScoreSort(params: URLSearchParams): { sort: ScoreSort; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = []
  const value = singleValue(params, 'sort', isScoreSort, ignored)
  const sort: ScoreSort = value
    ? { key: value.replace(/^-/, '') as ScoreSortKey, descending: value.startsWith('-') }
    : { key: 'overdue', descending: true }
  return { sort, ignored }
}

export function writeScoreSort(params: URLSearchParams, sort: ScoreSort): URLSearchParams {
  const next = new URLSearchParams(params)
  next.set('sort', `${sort.descending ? '-' : ''}${sort.key}`)
  return next
}
