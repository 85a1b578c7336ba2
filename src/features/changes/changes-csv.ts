import type { TFunction } from 'i18next'
import type { Task, TaskUpdate } from '../../api/schemas'
import { toCsv } from '../../domain/csv'
import { pickText } from '../../i18n/localized-text'
import type { Language } from '../../i18n/languages'

/** One row per update, newest first, in the interface language; the same formula guard as the activity export. */
export function changesCsv(
  updates: TaskUpdate[],
  tasks: ReadonlyMap<string, Task>,
  language: Language,
  t: TFunction,
): string {
  const header = ['at', 'code', 'title', 'from', 'to', 'progress', 'author', 'note'].map((c) =>
    t(`changes.csv.${c}` as 'changes.csv.at'),
  )
  const rows = updates.map((update) => {
    const task = tasks.get(update.taskId)
    return [
      update.at,
      task?.code ?? update.taskId,
      task ? pickText(task.title, language).text : '',
      update.previousStatus ? t(`status.${update.previousStatus}`) : '',
      t(`status.${update.status}`),
      String(update.progress),
      update.author,
      update.note ? pickText(update.note, language).text : '',
    ]
  })
  return toCsv(header, rows)
}
