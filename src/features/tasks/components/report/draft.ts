import type { LocalizedText, TaskStatus } from '../../../../api/schemas'

/** What the reporter typed, kept when the session ends so that signing in again restores it. */
export interface ProgressDraft {
  status: TaskStatus
  progress: string
  note: LocalizedText
  basedOn: string
}

/** Where a task's draft is kept (src/components/use-session-draft.ts). */
export const progressDraftKey = (taskId: string) => `sdg4.report-draft.task.${taskId}`

/** Field-level checks before sending, in the same terms as the server's 422 paths. */
export function draftProblems(draft: ProgressDraft): Set<'progress' | 'note'> {
  const problems = new Set<'progress' | 'note'>()
  const progress = Number(draft.progress)
  if (draft.progress.trim() === '' || !Number.isInteger(progress) || progress < 0 || progress > 100) {
    problems.add('progress')
  }
  if (![draft.note.kk, draft.note.ru, draft.note.en].some((text) => text && text.trim() !== '')) problems.add('note')
  return problems
}
