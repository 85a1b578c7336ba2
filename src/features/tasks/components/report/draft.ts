import type { LocalizedText, TaskStatus } from '../../../../api/schemas'

/** What the reporter typed, kept in sessionStorage when the session ends so that signing in again restores it. */
export interface ProgressDraft {
  status: TaskStatus
  progress: string
  note: LocalizedText
  basedOn: string
}

const key = (taskId: string) => `sdg4.report-draft.task.${taskId}`

export function saveDraft(taskId: string, draft: ProgressDraft): void {
  try {
    sessionStorage.setItem(key(taskId), JSON.stringify(draft))
  } catch {
    // Private mode or full storage: the draft stays only in memory.
  }
}

export function takeDraft(taskId: string): ProgressDraft | undefined {
  try {
    const raw = sessionStorage.getItem(key(taskId))
    if (!raw) return undefined
    sessionStorage.removeItem(key(taskId))
    return JSON.parse(raw) as ProgressDraft
  } catch {
    return undefined
  }
}

export function hasDraft(taskId: string): boolean {
  try {
    return sessionStorage.getItem(key(taskId)) !== null
  } catch {
    return false
  }
}

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
