import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Owner, Task } from '../api/schemas'
import { Localized } from './localized'
import { OwnerName } from './owner-name'
import { ProgressBar } from './progress-bar'
import { StatusBadge } from './status-badge'
import type { TaskSort } from '../domain/task-filters'
import { DueDate } from './due-date'
import { SortableHeader } from './sortable-header'

interface TasksTableProps {
  tasks: Task[]
  owners: ReadonlyMap<string, Owner> | undefined
  sort: TaskSort
  today: string
  onSort: (next: TaskSort) => void
}

/** Above this many rows only the rows near the viewport are in the DOM (10,000 rows would take seconds to render). */
const virtualiseAbove = 200
const estimatedRowHeight = 72

function TaskRow({
  task,
  owners,
  today,
  rowIndex,
}: {
  task: Task
  owners: TasksTableProps['owners']
  today: string
  rowIndex: number
}) {
  return (
    <tr aria-rowindex={rowIndex}>
      <td className="cell-code">{task.code}</td>
      <td>
        <Link to={`/tasks/${encodeURIComponent(task.id)}`}>
          <Localized text={task.title} />
        </Link>
      </td>
      <td>
        <OwnerName id={task.ownerId} owners={owners} short />
      </td>
      <td>
        <StatusBadge status={task.status} />
      </td>
      <td>
        <ProgressBar value={task.progress} />
      </td>
      <td>
        <DueDate task={task} today={today} />
      </td>
      <td>{task.sdgTargets.join(', ')}</td>
    </tr>
  )
}

export function TasksTable({ tasks, owners, sort, today, onSort }: TasksTableProps) {
  const { t } = useTranslation()
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const virtualise = tasks.length > virtualiseAbove
  const virtualizer = useWindowVirtualizer({
    count: virtualise ? tasks.length : 0,
    estimateSize: () => estimatedRowHeight,
    overscan: 10,
    scrollMargin,
  })
  useLayoutEffect(() => {
    setScrollMargin(bodyRef.current ? bodyRef.current.getBoundingClientRect().top + window.scrollY : 0)
  }, [virtualise])

  const items = virtualizer.getVirtualItems()
  const paddingTop = virtualise && items[0] ? items[0].start - scrollMargin : 0
  const paddingBottom =
    virtualise && items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) + scrollMargin : 0
  const rows = virtualise
    ? items.map((item) => ({ task: tasks[item.index] as Task, index: item.index }))
    : tasks.map((task, index) => ({ task, index }))

  const header = (key: TaskSort['key'], label: string) => (
    <SortableHeader sortKey={key} sort={sort} label={label} onSort={onSort} />
  )
  return (
    <table className="data-table tasks-table" aria-rowcount={tasks.length + 1}>
      <caption className="visually-hidden">{t('common.activitiesTable')}</caption>
      <thead>
        <tr aria-rowindex={1}>
          {header('code', t('common.columns.code'))}
          {header('title', t('common.columns.title'))}
          {header('owner', t('common.columns.owner'))}
          {header('status', t('common.columns.status'))}
          {header('progress', t('common.columns.progress'))}
          {header('dueDate', t('common.columns.dueDate'))}
          <th scope="col">{t('common.columns.targets')}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
        {rows.map(({ task, index }) => (
          <TaskRow key={task.id} task={task} owners={owners} today={today} rowIndex={index + 2} />
        ))}
        {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
      </tbody>
    </table>
  )
}
