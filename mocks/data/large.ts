// 10,000 deterministic activities for performance work (`?scenario=large`, `MOCK_SCENARIO=large`).
// Built from the sample plan's own activities so every field stays realistic and contract-valid.
import { taskStatuses, type Owner, type Task } from '../../src/api/schemas'
import { shiftDate } from './dates'
import { toTask, type TaskRecord } from './sample-plan'

/** mulberry32: a tiny seeded PRNG, so every run and every machine gets the same 10,000 rows. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `from`: the plan whose activities and organisations the rows are made of (the mock's db, or the server's seed). */
export function largeTaskList(from: { tasks: TaskRecord[]; owners: Owner[] }, count = 10_000, seed = 4): Task[] {
  const random = seededRandom(seed)
  const base = from.tasks.map(toTask)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  return Array.from({ length: count }, (_, index) => {
    const template = base[index % base.length] as Task
    const status = pick(taskStatuses)
    const progress = status === 'completed' ? 100 : status === 'not_started' ? 0 : Math.floor(random() * 100)
    const dueDate = shiftDate(template.dueDate, Math.floor(random() * 900) - 450)
    return {
      ...template,
      id: `L-${String(index + 1).padStart(5, '0')}`,
      code: `L${Math.floor(index / 100) + 1}.${(index % 100) + 1}`,
      status,
      progress,
      ownerId: pick(from.owners).id,
      dueDate,
      completedDate: status === 'completed' ? dueDate : null,
    }
  })
}
