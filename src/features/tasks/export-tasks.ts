import type { TFunction } from '../../i18n/translator'
import type { Owner, Task } from '../../api/schemas'
import { safeFileName, toCsv } from '../../domain/csv'
import { cellText, type ExportColumnKind, type ExportTable } from '../../domain/export-table'
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

const columns: [key: string, kind: ExportColumnKind][] = [
  ['code', 'text'],
  ['title', 'text'],
  ['owner', 'text'],
  ['partners', 'text'],
  ['status', 'text'],
  ['progress', 'number'],
  ['startDate', 'date'],
  ['dueDate', 'date'],
  ['overdueDays', 'number'],
  ['completedDate', 'date'],
  ['targets', 'text'],
]

/** Exactly the rows on screen, in their order, with headers and statuses in the interface language. */
export function tasksTable({ tasks, owners, today, language, t }: ExportInput): ExportTable {
  const text = (value: Parameters<typeof pickText>[0] | undefined) => (value ? pickText(value, language).text : '')
  const ownerName = (id: string) => {
    const owner = owners?.get(id)
    return owner ? text(owner.name) : id
  }
  return {
    title: t('tasks.csv.fileName'),
    columns: columns.map(([key, kind]) => ({ header: t(`tasks.csv.${key}` as 'tasks.csv.code'), kind })),
    rows: tasks.map((task) => [
      task.code,
      text(task.title),
      ownerName(task.ownerId),
      task.partnerIds.map(ownerName).join('; '),
      t(`status.${task.status}`),
      task.progress,
      task.startDate,
      task.dueDate,
      daysOverdue(task, today) || null,
      task.completedDate ?? null,
      task.sdgTargets.join(' '),
    ]),
  }
}

export function tasksCsv(input: ExportInput): string {
  const table = tasksTable(input)
  return toCsv(
    table.columns.map((column) => column.header),
    table.rows.map((row) => row.map(cellText)),
  )
}

/** The file name says what was exported: the view's filters and today's date, as for the CSV. */
export function tasksFileName(
  { filters, today, t }: Pick<ExportInput, 'filters' | 'today' | 't'>,
  extension: 'csv' | 'xlsx',
): string {
  const filterPart = writeTaskFilters(new URLSearchParams(), filters).toString().replace(/&/g, '_')
  return `${safeFileName(t('tasks.csv.fileName'), today, decodeURIComponent(filterPart.replace(/\+/g, ' ')))}.${extension}`
}
