// The URL filter contract (docs/product.md, "Filter state in the URL"), one for `/`, `/tasks` and `/present`:
// AND across params, OR within one. Parsing drops invalid values and reports them, so a shared link always opens.
import { taskStatuses, type Task, type TaskStatus } from '../api/schemas'
import { isAttentionFlag, matchesAttention, type AttentionFlag } from './attention'
import { isOverdue } from './overdue'
import { isSdgTarget, type SdgTarget } from './sdg-targets'
import { parseLanguageParam } from './language-param'
import { singleValue, validListValues, type IgnoredValue } from './url-params'

export const sortKeys = ['code', 'title', 'status', 'owner', 'dueDate', 'progress'] as const
export type SortKey = (typeof sortKeys)[number]
export interface TaskSort {
  key: SortKey
  descending: boolean
}

export interface TaskFilters {
  statuses: TaskStatus[]
  overdue: boolean
  /** Late (overdue or delayed) and/or stale (no update for 60 days or more): see domain/attention.ts. */
  attention: AttentionFlag[]
  owners: string[]
  targets: SdgTarget[]
  q: string
  /** `review=submitted` (v1.1): only activities with a report awaiting review; for those who may see reports. */
  review: boolean
}

/** What the filters need beyond the activities themselves. */
export interface TaskFilterContext {
  /** Activities with a submitted report; absent when the user may not see reports (the review filter then ignored). */
  submittedTaskIds?: ReadonlySet<string>
}

export const defaultSort: TaskSort = { key: 'code', descending: false }
export const emptyFilters: TaskFilters = {
  statuses: [],
  overdue: false,
  attention: [],
  owners: [],
  targets: [],
  q: '',
  review: false,
}

/** The URL params the filters own; anything else in the URL (`sort`, `lang`) is left alone. */
export const filterParams = ['status', 'overdue', 'attention', 'owner', 'target', 'q', 'review'] as const
export type FilterParam = (typeof filterParams)[number]

export type { IgnoredValue }

function isStatus(value: string): value is TaskStatus {
  return (taskStatuses as readonly string[]).includes(value)
}

function isSortKey(value: string): value is SortKey {
  return (sortKeys as readonly string[]).includes(value)
}

const isSortValue = (value: string): value is string => isSortKey(value.replace(/^-/, ''))
const isOverdueFlag = (value: string): value is '1' => value === '1'
const anyText = (_value: string): _value is string => true
const isReviewValue = (value: string): value is 'submitted' => value === 'submitted'

/**
 * Reads the filters from URL params. `knownOwnerIds`, once the owners have loaded, lets unknown owner ids be
 * reported too; until then every owner id is kept.
 */
export function parseTaskFilters(
  params: URLSearchParams,
  knownOwnerIds?: ReadonlySet<string>,
): { filters: TaskFilters; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = []
  // Read in the contract's order, so the notice lists ignored values the way the URL is documented.
  const statuses = validListValues(params, 'status', isStatus, ignored)
  const overdue = singleValue(params, 'overdue', isOverdueFlag, ignored) === '1'
  const attention = validListValues(params, 'attention', isAttentionFlag, ignored)
  const ownerIsKnown = (value: string): value is string => !knownOwnerIds || knownOwnerIds.has(value)
  const owners = validListValues(params, 'owner', ownerIsKnown, ignored)
  const targets = validListValues(params, 'target', isSdgTarget, ignored)
  const q = (singleValue(params, 'q', anyText, ignored) ?? '').trim()
  const review = singleValue(params, 'review', isReviewValue, ignored) === 'submitted'
  parseLanguageParam(params, ignored)
  return { filters: { statuses, overdue, attention, owners, targets, q, review }, ignored }
}

/** The table order from `sort` (`dueDate`, `-progress`), apart from the filters: sorting never recounts them. */
export function parseTaskSort(params: URLSearchParams): { sort: TaskSort; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = []
  const value = singleValue(params, 'sort', isSortValue, ignored)
  if (!value) return { sort: defaultSort, ignored }
  return { sort: { key: value.replace(/^-/, '') as SortKey, descending: value.startsWith('-') }, ignored }
}

/** Writes the order into a copy of `params`; the default order (by code) leaves no `sort` in the URL. */
export function writeTaskSort(params: URLSearchParams, sort: TaskSort): URLSearchParams {
  const next = new URLSearchParams(params)
  if (sort.key !== defaultSort.key || sort.descending) next.set('sort', `${sort.descending ? '-' : ''}${sort.key}`)
  else next.delete('sort')
  return next
}

/** Writes `filters` into a copy of `params`, keeping the params the contract does not own (such as `lang`). */
export function writeTaskFilters(params: URLSearchParams, filters: TaskFilters): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const name of filterParams) next.delete(name)
  if (filters.statuses.length) next.set('status', filters.statuses.join(','))
  if (filters.overdue) next.set('overdue', '1')
  if (filters.attention.length) next.set('attention', filters.attention.join(','))
  if (filters.owners.length) next.set('owner', filters.owners.join(','))
  if (filters.targets.length) next.set('target', filters.targets.join(','))
  if (filters.q) next.set('q', filters.q)
  if (filters.review) next.set('review', 'submitted')
  return next
}

/** The activities list under `filters`, changed by `patch`: where a figure, chart bar or organisation leads. */
export function tasksListLink(filters: TaskFilters, patch: Partial<TaskFilters> = {}): string {
  const search = writeTaskFilters(new URLSearchParams(), { ...filters, ...patch }).toString()
  return search ? `/tasks?${search}` : '/tasks'
}

export function hasActiveFilters(filters: TaskFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    filters.overdue ||
    filters.attention.length > 0 ||
    filters.owners.length > 0 ||
    filters.targets.length > 0 ||
    filters.q !== '' ||
    filters.review
  )
}

// Search text per task, built once per task object: 10,000 activities must filter within a frame or two.
const searchTextCache = new WeakMap<Task, string>()

/** Case-insensitive in any language: the root locale lower-cases Kazakh and Russian Cyrillic (Ә→ә, Ғ→ғ, Ё→ё). */
export function normaliseSearch(text: string): string {
  return text.toLocaleLowerCase('und').normalize('NFC')
}

function searchText(task: Task): string {
  let text = searchTextCache.get(task)
  if (text === undefined) {
    const parts = [
      task.code,
      task.title.kk,
      task.title.ru,
      task.title.en,
      task.description?.kk,
      task.description?.ru,
      task.description?.en,
    ]
    text = normaliseSearch(parts.filter(Boolean).join('\n'))
    searchTextCache.set(task, text)
  }
  return text
}

type FilterPart = 'statuses' | 'overdue' | 'attention' | 'owners' | 'targets' | 'q' | 'review'

/** A predicate for every active filter but the ones in `except` (status counts ignore the status filter). */
export function taskPredicate(
  filters: TaskFilters,
  today: string,
  except: FilterPart[] = [],
  context: TaskFilterContext = {},
): (task: Task) => boolean {
  const applies = (part: FilterPart) => !except.includes(part)
  const statuses = applies('statuses') && filters.statuses.length ? new Set<string>(filters.statuses) : null
  const owners = applies('owners') && filters.owners.length ? new Set(filters.owners) : null
  const targets = applies('targets') && filters.targets.length ? new Set<string>(filters.targets) : null
  const overdue = applies('overdue') && filters.overdue
  const attention = applies('attention') && filters.attention.length ? filters.attention : null
  const query = applies('q') ? normaliseSearch(filters.q) : ''
  const submitted = applies('review') && filters.review ? context.submittedTaskIds : undefined
  return (task) =>
    (!submitted || submitted.has(task.id)) &&
    (!statuses || statuses.has(task.status)) &&
    (!overdue || isOverdue(task, today)) &&
    (!attention || matchesAttention(task, attention, today)) &&
    (!owners || owners.has(task.ownerId)) &&
    (!targets || task.sdgTargets.some((target) => targets.has(target))) &&
    (!query || searchText(task).includes(query))
}

export function filterTasks(
  tasks: readonly Task[],
  filters: TaskFilters,
  today: string,
  context: TaskFilterContext = {},
): Task[] {
  return tasks.filter(taskPredicate(filters, today, [], context))
}

/** How many activities each status would show, under every other active filter. */
export function statusCounts(
  tasks: readonly Task[],
  filters: TaskFilters,
  today: string,
  context: TaskFilterContext = {},
): Record<TaskStatus, number> {
  const counts = Object.fromEntries(taskStatuses.map((status) => [status, 0])) as Record<TaskStatus, number>
  const matches = taskPredicate(filters, today, ['statuses'], context)
  for (const task of tasks) if (matches(task)) counts[task.status] += 1
  return counts
}
