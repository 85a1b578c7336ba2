// How a long list fits a deck: the most urgent items first, a fixed number of slides at most, and how many were left
// off, so the slide can say "and 412 more" and point to the full list. The screen, the printed handout and the
// PowerPoint file all take their lists from here, so the three always agree.
import type { Task } from '../api/schemas'
import { daysOverdue } from './overdue'

/**
 * At most this many slides per list. Five slides of eight activities (40 rows) is about what a committee reads in a
 * meeting; a plan of 10,000 activities once made the "delayed and overdue" part run to hundreds of slides.
 */
export const listSlidesMax = 5

export interface ListPage<T> {
  items: T[]
  page: number
  pages: number
  /** Items left off after the last slide; 0 on every other slide. */
  more: number
}

/** Splits `items` into slides of `perSlide`, at most `maxSlides` of them; an empty list still gets one slide. */
export function pageList<T>(items: readonly T[], perSlide: number, maxSlides = listSlidesMax): ListPage<T>[] {
  const shown = Math.min(items.length, perSlide * maxSlides)
  const pages = Math.max(1, Math.ceil(shown / perSlide))
  return Array.from({ length: pages }, (_, i) => ({
    items: items.slice(i * perSlide, Math.min((i + 1) * perSlide, shown)),
    page: i + 1,
    pages,
    more: i === pages - 1 ? items.length - shown : 0,
  }))
}

/**
 * Most urgent first: the most days overdue; at equal days an activity reported Delayed before one that is not; then
 * the nearest due date (a Delayed activity due next week before one due next year); then by code, so the order is
 * stable.
 */
export function byUrgency(today: string): (a: Task, b: Task) => number {
  return (a, b) =>
    daysOverdue(b, today) - daysOverdue(a, today) ||
    Number(b.status === 'delayed') - Number(a.status === 'delayed') ||
    a.dueDate.localeCompare(b.dueDate) ||
    a.code.localeCompare(b.code, undefined, { numeric: true })
}
