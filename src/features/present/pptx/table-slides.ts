// The deck's lists as native PowerPoint tables, one slide's worth each (the slides are already paged).
import type PptxGenJS from 'pptxgenjs'
import type { Task } from '../../../api/schemas'
import { ownerLabel } from '../../../components/owner-name'
import { daysOverdue } from '../../../domain/overdue'
import { headlineFigures } from '../../../domain/plan-figures'
import type { ActivityChanges } from '../../../domain/changes'
import type { PptxDeckInput } from './deck-input'
import { bodySize, brand, contentBox, font, ink, line, paperAlt, tableSize } from './layout'

const header = (text: string, align: 'left' | 'right' = 'left'): PptxGenJS.TableCell => ({
  text,
  options: { bold: true, fill: { color: paperAlt }, align },
})
const cell = (text: string, align: 'left' | 'right' = 'left'): PptxGenJS.TableCell => ({ text, options: { align } })

const tableStyle = {
  x: contentBox.x,
  y: contentBox.y,
  w: contentBox.w,
  fontFace: font,
  fontSize: tableSize,
  color: ink,
  border: { type: 'solid' as const, pt: 0.75, color: line },
  valign: 'middle' as const,
  margin: 0.06,
}

/** The headline figures as a two-column table, the way they read on the overview. */
export function figuresSlide(slide: PptxGenJS.Slide, input: PptxDeckInput): string {
  const { t, format } = input
  const figures = headlineFigures(input.tasks, input.indicators, input.today)
  const rows: [string, string][] = [
    [t('common.figures.total'), format.number(figures.total)],
    [
      t('common.figures.completed'),
      `${format.number(figures.byStatus.completed)} (${format.percent(figures.completedPercent)})`,
    ],
    ...(['in_progress', 'delayed', 'not_started', 'cancelled'] as const).map((status): [string, string] => [
      t(`status.${status}`),
      format.number(figures.byStatus[status]),
    ]),
    [t('common.figures.overdue'), format.number(figures.overdue)],
    [
      t('common.figures.indicatorsOnTrack'),
      t('common.figures.xOfY', {
        x: format.number(figures.indicatorsOnTrack),
        y: format.number(figures.indicatorsWithData),
      }),
    ],
  ]
  slide.addTable(
    rows.map(([label, value]) => [cell(label), { text: value, options: { align: 'right', bold: true, color: brand } }]),
    { ...tableStyle, w: 8, colW: [5, 3], fontSize: bodySize - 2 },
  )
  return rows.map(([label, value]) => `${label}: ${value}`).join('\n')
}

/** Delayed and overdue activities: code and title, organisation, status, days overdue. */
export function attentionSlide(slide: PptxGenJS.Slide, input: PptxDeckInput, tasks: Task[]): string {
  const { t, format } = input
  if (tasks.length === 0) {
    slide.addText(t('present.noAttention'), { ...contentBox, fontFace: font, fontSize: bodySize, color: ink })
    return t('present.noAttention')
  }
  const rows = tasks.map((task) => {
    const days = daysOverdue(task, input.today)
    return [
      `${task.code} ${format.text(task.title).text}`,
      ownerLabel(input.owners, task.ownerId, format.language).text,
      t(`status.${task.status}`),
      days > 0 ? format.number(days) : '—',
    ]
  })
  slide.addTable(
    [
      [
        header(t('present.columns.activity')),
        header(t('present.columns.owner')),
        header(t('present.columns.status')),
        header(t('present.columns.overdueDays'), 'right'),
      ],
      ...rows.map(([activity = '', owner = '', status = '', days = '']) => [
        cell(activity),
        cell(owner),
        cell(status),
        cell(days, 'right'),
      ]),
    ],
    { ...tableStyle, colW: [6.8, 2.3, 1.7, 1.53] },
  )
  return rows.map((row) => row.join(' · ')).join('\n')
}

/** What changed: each activity's status before → after and its progress before → after. */
export function changesSlide(slide: PptxGenJS.Slide, input: PptxDeckInput, groups: ActivityChanges[]): string {
  const { t, format } = input
  if (groups.length === 0) {
    slide.addText(t('common.noChanges'), { ...contentBox, fontFace: font, fontSize: bodySize, color: ink })
    return t('common.noChanges')
  }
  const tasks = new Map(input.tasks.map((task) => [task.id, task]))
  const rows = groups.map((group) => {
    const task = tasks.get(group.taskId)
    const status = group.statusChange
      ? `${t(`status.${group.statusChange.from}`)} → ${t(`status.${group.statusChange.to}`)}`
      : t('common.noStatusChange')
    const progress =
      group.progressFrom === null
        ? format.percent(group.progressTo)
        : `${format.percent(group.progressFrom)} → ${format.percent(group.progressTo)}`
    return [task ? `${task.code} ${format.text(task.title).text}` : group.taskId, status, progress]
  })
  slide.addTable(
    [
      [
        header(t('present.columns.activity')),
        header(t('present.columns.status')),
        header(t('common.columns.progress')),
      ],
      ...rows.map(([activity = '', status = '', progress = '']) => [cell(activity), cell(status), cell(progress)]),
    ],
    { ...tableStyle, colW: [6.3, 3.6, 2.43] },
  )
  return rows.map((row) => row.join(' · ')).join('\n')
}
