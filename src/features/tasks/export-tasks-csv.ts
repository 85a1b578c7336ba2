import type { TFunction } from 'i18next'
import type { Owner, Task } from '../../api/schemas'
import { safeFileName, toCsv } from '../../domain/csv'
import { daysOverdue } from '../../domain/overdue'
import { pickText } from '../../i18n/localized-text'
import { writeTaskFilters, type TaskFilters } from '../../domain/task-filters'
import type { Language } from '../../i18n/languages'

interface ExportInput {
  tasks: Task[]
  owners: ReadonlyMap<string, Owner> | undefined
  filters: TaskFilters
  today: string
  language: Language
  t: TFunction
}

/** Exactly the rows on screen, in their order, with headers and statuses in the interface language. */
export function tasksCsv({ tasks, owners, today, language, t }: ExportInput): string {
  const text = (value: Parameters<typeof pickText>[0] | undefined) => (value ? pickText(value, language).text : '')
  const ownerName = (id: string) => {
    const owner = owners?.get(id)
    return owner ? text(owner.name) : id
  }
  const header = [
    'code',
    'title',
    'owner',
    'partners',
    'status',
    'progress',
    'startDate',
    'dueDate',
    'overdueDays',
    'completedDate',
    'targets',
  ].map((column) => t(`tasks.csv.${column}` as 'tasks.csv.code'))
  const rows = tasks.map((task) => [
    task.code,
    text(task.title),
    ownerName(task.ownerId),
    task.partnerIds.map(ownerName).join('; '),
    t(`status.${task.status}`),
    String(task.progress),
    task.startDate,
    task.dueDate,
    String(daysOverdue(task, today) || ''),
    task.completedDate ?? '',
    task.sdgTargets.join(' '),
  ])
  return toCsv(header, rows)
}

export function tasksCsvFileName({ filters, today, t }: Pick<ExportInput, 'filters' | 'today' | 't'>): string {
  const filterPart = writeTaskFilters(new URLSearchParams(), filters).toString().replace(/&/g, '_')
  return `${safeFileName(t('tasks.csv.fileName'), today, decodeURIComponent(filterPart.replace(/\+/g, ' ')))}.csv`
}
