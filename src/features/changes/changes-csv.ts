import type { TFunction } from '../../i18n/translator'
import type { Task } from '../../api/schemas'
import type { ActivityChanges } from '../../domain/changes'
import { toCsv } from '../../domain/csv'
import { pickText } from '../../i18n/localized-text'
import type { Language } from '../../i18n/languages'

/**
 * One row per update of the period, newest first, with the status and progress before and after it (before the
 * period's first update: what the activity last reported earlier, blank when it had not), in the interface language;
 * the same formula guard as the activity export.
 */
export function changesCsv(
  groups: readonly ActivityChanges[],
  tasks: ReadonlyMap<string, Task>,
  language: Language,
  t: TFunction,
): string {
  const header = ['at', 'code', 'title', 'from', 'to', 'progressBefore', 'progressAfter', 'author', 'note'].map((c) =>
    t(`changes.csv.${c}` as 'changes.csv.at'),
  )
  const steps = groups.flatMap((group) => group.steps).sort((a, b) => Date.parse(b.update.at) - Date.parse(a.update.at))
  const rows = steps.map(({ update, statusBefore, progressBefore }) => {
    const task = tasks.get(update.taskId)
    return [
      update.at,
      task?.code ?? update.taskId,
      task ? pickText(task.title, language).text : '',
      statusBefore ? t(`status.${statusBefore}`) : '',
      t(`status.${update.status}`),
      progressBefore === null ? '' : String(progressBefore),
      String(update.progress),
      update.author,
      update.note ? pickText(update.note, language).text : '',
    ]
  })
  return toCsv(header, rows)
}
