// `/indicators?status=deterioration,limited_progress&target=4.7`: the same rules as the activity filters (AND across
// parameters, OR within one; invalid values dropped and reported).
import type { Indicator } from '../api/schemas'
import { progressStatuses, type ProgressAssessment, type ProgressStatus } from './progress-status'
import { isSdgTarget, sdgTargets, type SdgTarget } from './sdg-targets'
import { validListValues, type IgnoredValue } from './url-params'

export interface IndicatorFilters {
  statuses: ProgressStatus[]
  targets: SdgTarget[]
}

export interface AssessedIndicator {
  indicator: Indicator
  assessment: ProgressAssessment
}

function isProgressStatus(value: string): value is ProgressStatus {
  return (progressStatuses as readonly string[]).includes(value)
}

export function parseIndicatorFilters(params: URLSearchParams): { filters: IndicatorFilters; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = []
  const statuses = validListValues(params, 'status', isProgressStatus, ignored)
  const targets = validListValues(params, 'target', isSdgTarget, ignored)
  return { filters: { statuses, targets }, ignored }
}

export function writeIndicatorFilters(params: URLSearchParams, filters: IndicatorFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const [name, values] of [
    ['status', filters.statuses],
    ['target', filters.targets],
  ] as const) {
    if (values.length) next.set(name, values.join(','))
    else next.delete(name)
  }
  return next
}

const inTargets = (targets: readonly string[]) => (row: AssessedIndicator) =>
  targets.length === 0 || targets.includes(row.indicator.sdgTarget)

/** The rows the filters select, and how many each progress status would show under the target filter. */
export function filterIndicators(rows: readonly AssessedIndicator[], filters: IndicatorFilters) {
  const byTarget = rows.filter(inTargets(filters.targets))
  const counts = Object.fromEntries(
    progressStatuses.map((status) => [status, byTarget.filter((row) => row.assessment.status === status).length]),
  ) as Record<ProgressStatus, number>
  const shown = byTarget.filter(
    (row) => filters.statuses.length === 0 || filters.statuses.includes(row.assessment.status),
  )
  return { shown, counts }
}

/** The shown rows grouped by SDG target in the UN's order; indicators of any other target come last. */
export function groupBySdgTarget(
  rows: readonly AssessedIndicator[],
): { target: SdgTarget | 'other'; rows: AssessedIndicator[] }[] {
  return [...sdgTargets, 'other' as const]
    .map((target) => ({
      target,
      rows: rows.filter(({ indicator }) =>
        target === 'other' ? !isSdgTarget(indicator.sdgTarget) : indicator.sdgTarget === target,
      ),
    }))
    .filter((group) => group.rows.length > 0)
}
