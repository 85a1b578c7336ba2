// Text a spreadsheet would run as a formula, as an API may send it in titles and notes (they can span lines).
// The `formula-text` scenario serves it so that the CSV exports' guard can be seen to work, in tests and by hand.
import type { Task, TaskUpdate } from '../../src/api/schemas'
import { db, toTask } from './db'
import { formulaTexts } from './formula-texts'

export { formulaTexts }

export function formulaTextTasks(): Task[] {
  return db.tasks.map(toTask).map((task, index) => {
    const text = formulaTexts[index]
    return text === undefined ? task : { ...task, status: 'delayed', title: { kk: text, ru: text, en: text } }
  })
}

export function formulaTextUpdates(): TaskUpdate[] {
  const newest = db.updates[0]?.at ?? '2026-06-01T10:00:00+05:00'
  const hostile = formulaTexts.map(
    (text, index): TaskUpdate => ({
      id: `u-formula-${index + 1}`,
      taskId: db.tasks[index]?.id ?? 't-001',
      at: newest,
      author: index % 2 === 0 ? '=cmd|"/c calc"!A1' : 'A. Nurlanova (MoE)',
      status: 'delayed',
      previousStatus: 'in_progress',
      progress: 40,
      note: { kk: text, ru: text, en: text },
    }),
  )
  return [...hostile, ...db.updates]
}
