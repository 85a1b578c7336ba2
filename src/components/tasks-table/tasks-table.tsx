import { useScreenQuery } from '../use-screen-query'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation'
import { planQueries } from '../../api/plan'
import type { Owner, Task } from '../../api/schemas'
import { groupBySection, type SectionGroup } from '../../domain/sections'
import type { TaskSort } from '../../domain/task-filters'
import { SortableHeader } from '../sortable-header'
import { useLatestNotes } from '../use-latest-notes'
import { SectionRow } from './section-row'
import { useSubmittedTaskIds } from '../use-submitted-task-ids'
import { usePrinting } from '../use-printing'
import { TaskRow } from './task-row'
import './tasks-table.css'

interface TasksTableProps {
  tasks: Task[]
  owners: ReadonlyMap<string, Owner> | undefined
  sort: TaskSort
  today: string
  onSort: (next: TaskSort) => void
}

/**
 * Above this many rows only the rows near the viewport are in the DOM (10,000 rows would take seconds to render).
 * Printing renders every row: paper has no scrolling, and the printout must hold the whole of the current filter.
 */
const virtualiseAbove = 200
const estimatedRowHeight = 72
const estimatedSectionHeight = 56
const columns = 8

type Row = { kind: 'section'; group: SectionGroup } | { kind: 'task'; task: Task }

/** Sorted by code, the activities sit under their plan sections (when the plan has sections); otherwise flat. */
function tableRows(tasks: Task[], groups: SectionGroup[]): Row[] {
  if (groups.length === 0) return tasks.map((task) => ({ kind: 'task', task }))
  return groups.flatMap((group): Row[] => [
    { kind: 'section', group },
    ...group.tasks.map((task): Row => ({ kind: 'task', task })),
  ])
}

export function TasksTable({ tasks, owners, sort, today, onSort }: TasksTableProps) {
  const { t } = useTranslation()
  const sections = useScreenQuery(planQueries.detail()).data?.sections
  const notes = useLatestNotes()
  const awaitingReview = useSubmittedTaskIds()
  const rows = useMemo(
    () => tableRows(tasks, sort.key === 'code' ? groupBySection(tasks, sections, today) : []),
    [tasks, sections, sort.key, today],
  )

  // Escape hides the note shown over the table until focus or the pointer moves on (WCAG 1.4.13).
  const [notesDismissed, setNotesDismissed] = useState(false)
  useEffect(() => {
    const dismiss = (event: KeyboardEvent) => event.key === 'Escape' && setNotesDismissed(true)
    document.addEventListener('keydown', dismiss)
    return () => document.removeEventListener('keydown', dismiss)
  }, [])

  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const printing = usePrinting()
  const virtualise = rows.length > virtualiseAbove && !printing
  // Disabled, it neither watches nor scrolls the window: a short list costs no forced layout.
  const virtualizer = useWindowVirtualizer({
    enabled: virtualise,
    count: virtualise ? rows.length : 0,
    estimateSize: (index) => (rows[index]?.kind === 'section' ? estimatedSectionHeight : estimatedRowHeight),
    overscan: 10,
    scrollMargin,
  })
  // Measured only for a long list: reading a position lays the page out at once, inside React's commit (50 ms for
  // the sample plan's table), where the browser would otherwise do it in a frame of its own.
  useLayoutEffect(() => {
    if (!virtualise) return
    setScrollMargin(bodyRef.current ? bodyRef.current.getBoundingClientRect().top + window.scrollY : 0)
  }, [virtualise])

  const items = virtualizer.getVirtualItems()
  const paddingTop = virtualise && items[0] ? items[0].start - scrollMargin : 0
  const paddingBottom =
    virtualise && items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) + scrollMargin : 0
  const shown = virtualise
    ? items.map((item) => ({ row: rows[item.index] as Row, index: item.index }))
    : rows.map((row, index) => ({ row, index }))

  const header = (key: TaskSort['key'], label: string) => (
    <SortableHeader sortKey={key} sort={sort} label={label} onSort={onSort} />
  )
  return (
    <table
      className={notesDismissed ? 'data-table tasks-table notes-dismissed' : 'data-table tasks-table'}
      aria-rowcount={rows.length + 1}
      onFocus={() => setNotesDismissed(false)}
      onPointerLeave={() => setNotesDismissed(false)}
    >
      <caption className="visually-hidden">{t('common.activitiesTable')}</caption>
      <thead>
        <tr aria-rowindex={1}>
          {header('code', t('common.columns.code'))}
          {header('title', t('common.columns.title'))}
          {header('owner', t('common.columns.owner'))}
          {header('status', t('common.columns.status'))}
          {header('progress', t('common.columns.progress'))}
          {header('dueDate', t('common.columns.dueDate'))}
          <th scope="col">{t('common.columns.lastUpdated')}</th>
          <th scope="col">{t('common.columns.latestNote')}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
        {shown.map(({ row, index }) =>
          row.kind === 'section' ? (
            <SectionRow
              key={`section-${row.group.section?.code ?? ''}`}
              group={row.group}
              columns={columns}
              rowIndex={index + 2}
            />
          ) : (
            <TaskRow
              key={row.task.id}
              task={row.task}
              owners={owners}
              note={notes ? (notes.get(row.task.id) ?? null) : undefined}
              today={today}
              rowIndex={index + 2}
              awaitingReview={awaitingReview?.has(row.task.id) ?? false}
            />
          ),
        )}
        {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
      </tbody>
    </table>
  )
}
